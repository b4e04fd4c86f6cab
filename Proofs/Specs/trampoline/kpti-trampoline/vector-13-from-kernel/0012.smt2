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
 (let ((?x3532 (bvadd ?x605 (_ bv18446744073709551576 64))))
 (let ((?x4490 (bvadd ?x3532 (_ bv7 64))))
 (let ((?x6881 (bvlshr (bvsub ?x4490 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7292 (and (bvult ?x6881 ncpu) (bvult (bvsub ?x4490 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6881 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7181 (bvlshr (bvsub ?x4490 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7583 (and (bvult ?x7181 ncpu) (bvult (bvsub ?x4490 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7181 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5317 (bvlshr (bvsub ?x4490 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6071 (and (bvult ?x5317 ncpu) (bvult (bvsub ?x4490 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5317 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6741 (bvlshr (bvsub ?x3532 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1782 (and (bvult ?x6741 ncpu) (bvult (bvsub ?x3532 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6741 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4428 (bvlshr (bvsub ?x3532 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4543 (and (bvult ?x4428 ncpu) (bvult (bvsub ?x3532 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4428 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3808 (bvlshr (bvsub ?x3532 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6866 (and (bvult ?x3808 ncpu) (bvult (bvsub ?x3532 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3808 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6866 $x4543 $x1782 (bvult (bvsub ?x3532 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6071 $x7583 $x7292 (bvult (bvsub ?x4490 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
