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
 (let ((?x1805 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x6028 (bvadd ?x1805 (_ bv18446744073709551584 64))))
 (let ((?x7863 (bvadd ?x6028 (_ bv7 64))))
 (let ((?x3622 (bvlshr (bvsub ?x7863 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7903 (and (bvult ?x3622 ncpu) (bvult (bvsub ?x7863 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3622 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5498 (bvlshr (bvsub ?x7863 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4603 (and (bvult ?x5498 ncpu) (bvult (bvsub ?x7863 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5498 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8049 (bvlshr (bvsub ?x7863 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4239 (and (bvult ?x8049 ncpu) (bvult (bvsub ?x7863 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8049 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3971 (bvlshr (bvsub ?x6028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5237 (and (bvult ?x3971 ncpu) (bvult (bvsub ?x6028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3971 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5837 (bvlshr (bvsub ?x6028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7931 (and (bvult ?x5837 ncpu) (bvult (bvsub ?x6028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5837 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5976 (bvlshr (bvsub ?x6028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1972 (and (bvult ?x5976 ncpu) (bvult (bvsub ?x6028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5976 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1972 $x7931 $x5237 (bvult (bvsub ?x6028 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4239 $x4603 $x7903 (bvult (bvsub ?x7863 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
