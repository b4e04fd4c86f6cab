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
 (let ((?x8395 (bvadd ?x605 (_ bv18446744073709551568 64))))
 (let ((?x7643 (bvadd ?x8395 (_ bv7 64))))
 (let ((?x3035 (bvlshr (bvsub ?x7643 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8276 (and (bvult ?x3035 ncpu) (bvult (bvsub ?x7643 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3035 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4361 (bvlshr (bvsub ?x7643 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4384 (and (bvult ?x4361 ncpu) (bvult (bvsub ?x7643 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4361 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6360 (bvlshr (bvsub ?x7643 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7539 (and (bvult ?x6360 ncpu) (bvult (bvsub ?x7643 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6360 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4626 (bvlshr (bvsub ?x8395 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6978 (and (bvult ?x4626 ncpu) (bvult (bvsub ?x8395 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4626 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1712 (bvlshr (bvsub ?x8395 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5505 (and (bvult ?x1712 ncpu) (bvult (bvsub ?x8395 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1712 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5436 (bvlshr (bvsub ?x8395 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6108 (and (bvult ?x5436 ncpu) (bvult (bvsub ?x8395 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5436 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6108 $x5505 $x6978 (bvult (bvsub ?x8395 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7539 $x4384 $x8276 (bvult (bvsub ?x7643 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
