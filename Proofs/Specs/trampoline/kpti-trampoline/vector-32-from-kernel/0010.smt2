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
 (let ((?x2889 (bvadd ?x582 (_ bv18446744073709551584 64))))
 (let ((?x4323 (bvadd ?x2889 (_ bv7 64))))
 (let ((?x5610 (bvlshr (bvsub ?x4323 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5729 (and (bvult ?x5610 ncpu) (bvult (bvsub ?x4323 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5610 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7730 (bvlshr (bvsub ?x4323 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7051 (and (bvult ?x7730 ncpu) (bvult (bvsub ?x4323 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7730 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7858 (bvlshr (bvsub ?x4323 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6553 (and (bvult ?x7858 ncpu) (bvult (bvsub ?x4323 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7858 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3135 (bvlshr (bvsub ?x2889 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5583 (and (bvult ?x3135 ncpu) (bvult (bvsub ?x2889 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3135 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7755 (bvlshr (bvsub ?x2889 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1054 (and (bvult ?x7755 ncpu) (bvult (bvsub ?x2889 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7755 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7009 (bvlshr (bvsub ?x2889 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3075 (and (bvult ?x7009 ncpu) (bvult (bvsub ?x2889 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7009 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3075 $x1054 $x5583 (bvult (bvsub ?x2889 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6553 $x7051 $x5729 (bvult (bvsub ?x4323 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
