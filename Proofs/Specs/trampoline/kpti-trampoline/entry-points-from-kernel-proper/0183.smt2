; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:216:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16096 (bvadd ?x15367 (_ bv18446744073709551528 64))))
 (let ((?x17820 (bvadd ?x16096 (_ bv7 64))))
 (let (($x13063 (bvult (bvsub ?x17820 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11671 (bvlshr (bvsub ?x17820 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8439 (and (bvult ?x11671 ncpu) (bvult (bvsub ?x17820 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11671 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12754 (bvlshr (bvsub ?x17820 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12638 (and (bvult ?x12754 ncpu) (bvult (bvsub ?x17820 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12754 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15247 (bvlshr (bvsub ?x17820 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13528 (and (bvult ?x15247 ncpu) (bvult (bvsub ?x17820 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15247 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16607 (or (bvult (bvsub ?x17820 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17820 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17820 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13528 $x12638 $x8439 $x13063)))
 (let (($x16098 (bvult (bvsub ?x16096 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12416 (bvlshr (bvsub ?x16096 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14281 (and (bvult ?x12416 ncpu) (bvult (bvsub ?x16096 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12416 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9412 (bvlshr (bvsub ?x16096 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14907 (and (bvult ?x9412 ncpu) (bvult (bvsub ?x16096 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9412 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17579 (bvlshr (bvsub ?x16096 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14978 (and (bvult ?x17579 ncpu) (bvult (bvsub ?x16096 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17579 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17364 (or (bvult (bvsub ?x16096 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16096 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16096 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14978 $x14907 $x14281 $x16098)))
 (or (not $x17364) (not $x16607))))))))))))))))))))))
(check-sat)
