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
 (let ((?x582 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x3148 (bvadd ?x582 (_ bv18446744073709551608 64))))
 (let ((?x1847 (bvlshr (bvsub ?x3148 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64))) (_ bv4096 64))) (_ bv16 64))))
 (let (($x350 (and (bvult ?x1847 ncpu) (bvult (bvsub ?x3148 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x1847 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x7340 (bvlshr (bvsub ?x3148 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7342 (and (bvult ?x7340 ncpu) (bvult (bvsub ?x3148 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7340 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x7342 $x350)))))))))
(check-sat)
