; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x8440 (bvadd ?x4233 (_ bv18446744073709551544 64))))
 (let ((?x7737 (bvadd ?x8440 (_ bv7 64))))
 (let (($x7943 (bvult (bvsub ?x7737 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5937 (bvlshr (bvsub ?x7737 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4483 (and (bvult ?x5937 ncpu) (bvult (bvsub ?x7737 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5937 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8749 (bvlshr (bvsub ?x7737 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8768 (and (bvult ?x8749 ncpu) (bvult (bvsub ?x7737 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8749 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5991 (bvlshr (bvsub ?x7737 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1806 (and (bvult ?x5991 ncpu) (bvult (bvsub ?x7737 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5991 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8380 (or (bvult (bvsub ?x7737 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7737 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7737 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1806 $x8768 $x4483 $x7943)))
 (let (($x4565 (bvult (bvsub ?x8440 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3511 (bvlshr (bvsub ?x8440 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4302 (and (bvult ?x3511 ncpu) (bvult (bvsub ?x8440 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3511 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7403 (bvlshr (bvsub ?x8440 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5766 (and (bvult ?x7403 ncpu) (bvult (bvsub ?x8440 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7403 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3134 (bvlshr (bvsub ?x8440 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6582 (and (bvult ?x3134 ncpu) (bvult (bvsub ?x8440 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3134 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7857 (or (bvult (bvsub ?x8440 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8440 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8440 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6582 $x5766 $x4302 $x4565)))
 (or (not $x7857) (not $x8380))))))))))))))))))))))
(check-sat)
