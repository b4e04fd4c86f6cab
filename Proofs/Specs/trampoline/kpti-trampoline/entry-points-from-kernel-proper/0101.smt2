; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9073 (bvadd ?x944 (_ bv18446744073709551520 64))))
 (let ((?x12456 (bvadd ?x9073 (_ bv7 64))))
 (let (($x10105 (bvult (bvsub ?x12456 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5956 (bvlshr (bvsub ?x12456 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x473 (and (bvult ?x5956 ncpu) (bvult (bvsub ?x12456 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5956 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11469 (bvlshr (bvsub ?x12456 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4839 (and (bvult ?x11469 ncpu) (bvult (bvsub ?x12456 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11469 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13180 (bvlshr (bvsub ?x12456 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5757 (and (bvult ?x13180 ncpu) (bvult (bvsub ?x12456 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13180 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3350 (or (bvult (bvsub ?x12456 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12456 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12456 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5757 $x4839 $x473 $x10105)))
 (let (($x10860 (bvult (bvsub ?x9073 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9339 (bvlshr (bvsub ?x9073 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9887 (and (bvult ?x9339 ncpu) (bvult (bvsub ?x9073 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9339 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13095 (bvlshr (bvsub ?x9073 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8381 (and (bvult ?x13095 ncpu) (bvult (bvsub ?x9073 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13095 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12408 (bvlshr (bvsub ?x9073 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12183 (and (bvult ?x12408 ncpu) (bvult (bvsub ?x9073 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12408 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10447 (or (bvult (bvsub ?x9073 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9073 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9073 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12183 $x8381 $x9887 $x10860)))
 (or (not $x10447) (not $x3350))))))))))))))))))))))
(check-sat)
