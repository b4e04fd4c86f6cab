; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x18349 (bvadd ?x14394 (_ bv18446744073709551488 64))))
 (let ((?x15517 (bvadd ?x18349 (_ bv7 64))))
 (let ((?x507 (bvlshr (bvsub ?x15517 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5929 (and (bvult ?x507 ncpu) (bvult (bvsub ?x15517 (bvadd (_ bv18446683600570023936 64) (bvmul ?x507 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19608 (bvlshr (bvsub ?x15517 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2675 (and (bvult ?x19608 ncpu) (bvult (bvsub ?x15517 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19608 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15965 (bvlshr (bvsub ?x15517 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10250 (and (bvult ?x15965 ncpu) (bvult (bvsub ?x15517 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15965 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9078 (bvlshr (bvsub ?x18349 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13652 (and (bvult ?x9078 ncpu) (bvult (bvsub ?x18349 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9078 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15462 (bvlshr (bvsub ?x18349 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4432 (and (bvult ?x15462 ncpu) (bvult (bvsub ?x18349 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15462 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12493 (bvlshr (bvsub ?x18349 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12986 (and (bvult ?x12493 ncpu) (bvult (bvsub ?x18349 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12493 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12986 $x4432 $x13652 (bvult (bvsub ?x18349 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10250 $x2675 $x5929 (bvult (bvsub ?x15517 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
