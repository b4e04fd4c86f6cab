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
 (let ((?x3149 (bvadd ?x3148 (_ bv7 64))))
 (let ((?x3642 (bvlshr (bvsub ?x3149 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6189 (and (bvult ?x3642 ncpu) (bvult (bvsub ?x3149 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3642 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3554 (bvlshr (bvsub ?x3149 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3620 (and (bvult ?x3554 ncpu) (bvult (bvsub ?x3149 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3554 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3466 (bvlshr (bvsub ?x3149 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3532 (and (bvult ?x3466 ncpu) (bvult (bvsub ?x3149 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3466 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7340 (bvlshr (bvsub ?x3148 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7342 (and (bvult ?x7340 ncpu) (bvult (bvsub ?x3148 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7340 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x315 (bvlshr (bvsub ?x3148 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7290 (and (bvult ?x315 ncpu) (bvult (bvsub ?x3148 (bvadd (_ bv18446741874687344640 64) (bvmul ?x315 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3150 (bvlshr (bvsub ?x3148 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x347 (and (bvult ?x3150 ncpu) (bvult (bvsub ?x3148 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3150 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x347 $x7290 $x7342 (bvult (bvsub ?x3148 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3532 $x3620 $x6189 (bvult (bvsub ?x3149 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
