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
 (let ((?x6554 (bvadd ?x1805 (_ bv18446744073709551568 64))))
 (let ((?x5144 (bvadd ?x6554 (_ bv7 64))))
 (let ((?x4809 (bvlshr (bvsub ?x5144 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5464 (and (bvult ?x4809 ncpu) (bvult (bvsub ?x5144 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4809 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3193 (bvlshr (bvsub ?x5144 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7987 (and (bvult ?x3193 ncpu) (bvult (bvsub ?x5144 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3193 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5706 (bvlshr (bvsub ?x5144 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4446 (and (bvult ?x5706 ncpu) (bvult (bvsub ?x5144 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5706 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7493 (bvlshr (bvsub ?x6554 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6425 (and (bvult ?x7493 ncpu) (bvult (bvsub ?x6554 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7493 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7082 (bvlshr (bvsub ?x6554 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6854 (and (bvult ?x7082 ncpu) (bvult (bvsub ?x6554 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7082 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5728 (bvlshr (bvsub ?x6554 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6221 (and (bvult ?x5728 ncpu) (bvult (bvsub ?x6554 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5728 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6221 $x6854 $x6425 (bvult (bvsub ?x6554 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4446 $x7987 $x5464 (bvult (bvsub ?x5144 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
