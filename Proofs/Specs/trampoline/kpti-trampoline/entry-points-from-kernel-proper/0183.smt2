; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:215:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (bvult c!6 ncpu))
(assert
 (bvult p!7 nproc))
(assert
 (bvult $user.gs_base (_ bv140737488355328 64)))
(assert
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x14503 (bvadd ?x15984 (_ bv18446744073709551560 64))))
 (let ((?x14233 (bvadd ?x14503 (_ bv7 64))))
 (let (($x607 (bvult (bvsub ?x14233 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3942 (bvlshr (bvsub ?x14233 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15831 (and (bvult ?x3942 ncpu) (bvult (bvsub ?x14233 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3942 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17873 (bvlshr (bvsub ?x14233 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11498 (and (bvult ?x17873 ncpu) (bvult (bvsub ?x14233 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17873 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10248 (bvlshr (bvsub ?x14233 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13085 (and (bvult ?x10248 ncpu) (bvult (bvsub ?x14233 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10248 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2616 (or (bvult (bvsub ?x14233 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14233 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14233 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13085 $x11498 $x15831 $x607)))
 (let (($x17734 (bvult (bvsub ?x14503 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15670 (bvlshr (bvsub ?x14503 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11900 (and (bvult ?x15670 ncpu) (bvult (bvsub ?x14503 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15670 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16021 (bvlshr (bvsub ?x14503 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17673 (and (bvult ?x16021 ncpu) (bvult (bvsub ?x14503 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16021 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16801 (bvlshr (bvsub ?x14503 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8685 (and (bvult ?x16801 ncpu) (bvult (bvsub ?x14503 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16801 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17534 (or (bvult (bvsub ?x14503 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14503 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14503 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8685 $x17673 $x11900 $x17734)))
 (or (not $x17534) (not $x2616))))))))))))))))))))))
(check-sat)
