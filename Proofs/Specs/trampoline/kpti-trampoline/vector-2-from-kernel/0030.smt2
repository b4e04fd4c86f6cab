; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9207 (bvadd ?x1435 (_ bv18446744073709551512 64))))
 (let ((?x4676 (bvadd ?x9207 (_ bv7 64))))
 (let ((?x4629 (bvlshr (bvsub ?x4676 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3376 (and (bvult ?x4629 ncpu) (bvult (bvsub ?x4676 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4629 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3467 (bvlshr (bvsub ?x4676 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3428 (and (bvult ?x3467 ncpu) (bvult (bvsub ?x4676 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3467 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7473 (bvlshr (bvsub ?x4676 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4395 (and (bvult ?x7473 ncpu) (bvult (bvsub ?x4676 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7473 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3903 (bvlshr (bvsub ?x9207 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2886 (and (bvult ?x3903 ncpu) (bvult (bvsub ?x9207 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3903 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9399 (bvlshr (bvsub ?x9207 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8452 (and (bvult ?x9399 ncpu) (bvult (bvsub ?x9207 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9399 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6949 (bvlshr (bvsub ?x9207 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6523 (and (bvult ?x6949 ncpu) (bvult (bvsub ?x9207 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6949 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6523 $x8452 $x2886 (bvult (bvsub ?x9207 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4395 $x3428 $x3376 (bvult (bvsub ?x4676 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
