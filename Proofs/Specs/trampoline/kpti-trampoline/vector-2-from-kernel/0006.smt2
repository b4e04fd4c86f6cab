; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x4386 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x318 (bvlshr (bvsub ?x4386 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64))) (_ bv4096 64))) (_ bv16 64))))
 (let (($x6652 (and (bvult ?x318 ncpu) (bvult (bvsub ?x4386 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x318 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x6511 (bvlshr (bvsub ?x4386 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4375 (and (bvult ?x6511 ncpu) (bvult (bvsub ?x4386 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6511 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x4375 $x6652))))))))
(check-sat)
