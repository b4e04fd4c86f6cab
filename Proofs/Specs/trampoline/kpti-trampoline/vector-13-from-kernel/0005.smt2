; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 13 from kernel
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
 (let ((?x605 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x284 (bvadd ?x605 (_ bv18446744073709551608 64))))
 (let ((?x1607 (bvlshr (bvsub ?x284 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64))) (_ bv4096 64))) (_ bv16 64))))
 (let (($x6650 (and (bvult ?x1607 ncpu) (bvult (bvsub ?x284 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x1607 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x1481 (bvlshr (bvsub ?x284 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7338 (and (bvult ?x1481 ncpu) (bvult (bvsub ?x284 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1481 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x7338 $x6650)))))))))
(check-sat)
