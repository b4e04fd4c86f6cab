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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3097 (bvadd ?x1435 (_ bv18446744073709551584 64))))
 (let ((?x5070 (bvadd ?x3097 (_ bv7 64))))
 (let ((?x5598 (bvlshr (bvsub ?x5070 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4827 (and (bvult ?x5598 ncpu) (bvult (bvsub ?x5070 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5598 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6479 (bvlshr (bvsub ?x5070 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5916 (and (bvult ?x6479 ncpu) (bvult (bvsub ?x5070 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6479 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5962 (bvlshr (bvsub ?x5070 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5658 (and (bvult ?x5962 ncpu) (bvult (bvsub ?x5070 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5962 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5727 (bvlshr (bvsub ?x3097 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5970 (and (bvult ?x5727 ncpu) (bvult (bvsub ?x3097 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5727 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4808 (bvlshr (bvsub ?x3097 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6485 (and (bvult ?x4808 ncpu) (bvult (bvsub ?x3097 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4808 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3435 (bvlshr (bvsub ?x3097 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6235 (and (bvult ?x3435 ncpu) (bvult (bvsub ?x3097 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3435 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6235 $x6485 $x5970 (bvult (bvsub ?x3097 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5658 $x5916 $x4827 (bvult (bvsub ?x5070 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
