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
 (let ((?x5188 (bvadd ?x605 (_ bv18446744073709551584 64))))
 (let ((?x7045 (bvadd ?x5188 (_ bv7 64))))
 (let ((?x4407 (bvlshr (bvsub ?x7045 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7912 (and (bvult ?x4407 ncpu) (bvult (bvsub ?x7045 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4407 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5302 (bvlshr (bvsub ?x7045 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6588 (and (bvult ?x5302 ncpu) (bvult (bvsub ?x7045 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5302 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x973 (bvlshr (bvsub ?x7045 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6554 (and (bvult ?x973 ncpu) (bvult (bvsub ?x7045 (bvadd (_ bv18446612686364999680 64) (bvmul ?x973 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3164 (bvlshr (bvsub ?x5188 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7785 (and (bvult ?x3164 ncpu) (bvult (bvsub ?x5188 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3164 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3685 (bvlshr (bvsub ?x5188 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7388 (and (bvult ?x3685 ncpu) (bvult (bvsub ?x5188 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3685 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6439 (bvlshr (bvsub ?x5188 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6652 (and (bvult ?x6439 ncpu) (bvult (bvsub ?x5188 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6439 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6652 $x7388 $x7785 (bvult (bvsub ?x5188 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6554 $x6588 $x7912 (bvult (bvsub ?x7045 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
