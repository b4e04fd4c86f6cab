; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from kernel
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
 (let ((?x4697 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x4695 (bvadd ?x4697 (_ bv7 64))))
 (let ((?x5572 (bvlshr (bvsub ?x4695 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1685 (and (bvult ?x5572 ncpu) (bvult (bvsub ?x4695 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5572 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1346 (bvlshr (bvsub ?x4695 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5682 (and (bvult ?x1346 ncpu) (bvult (bvsub ?x4695 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1346 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5912 (bvlshr (bvsub ?x4695 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5669 (and (bvult ?x5912 ncpu) (bvult (bvsub ?x4695 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5912 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5303 (bvlshr (bvsub ?x4697 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5784 (and (bvult ?x5303 ncpu) (bvult (bvsub ?x4697 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5303 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4633 (bvlshr (bvsub ?x4697 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5314 (and (bvult ?x4633 ncpu) (bvult (bvsub ?x4697 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4633 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4730 (bvlshr (bvsub ?x4697 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3664 (and (bvult ?x4730 ncpu) (bvult (bvsub ?x4697 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4730 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3664 $x5314 $x5784 (bvult (bvsub ?x4697 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5669 $x5682 $x1685 (bvult (bvsub ?x4695 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
