; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x865 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x5030 (bvadd ?x865 (_ bv4096 64))))
 (let ((?x582 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x1480 (bvadd ?x582 (_ bv18446744073709551592 64))))
 (let ((?x7049 (bvlshr (bvsub ?x1480 ?x5030) (_ bv16 64))))
 (let (($x3734 (and (bvult ?x7049 ncpu) (bvult (bvsub ?x1480 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7049 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x3837 (bvlshr (bvsub ?x1480 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4058 (and (bvult ?x3837 ncpu) (bvult (bvsub ?x1480 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3837 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x4058 $x3734))))))))))))
(check-sat)
