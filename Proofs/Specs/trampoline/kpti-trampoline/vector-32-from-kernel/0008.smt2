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
 (let ((?x1480 (bvadd ?x582 (_ bv18446744073709551592 64))))
 (let ((?x1623 (bvadd ?x1480 (_ bv7 64))))
 (let ((?x4635 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4515 (and (bvult ?x4635 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4635 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6308 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6214 (and (bvult ?x6308 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6308 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4224 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6347 (and (bvult ?x4224 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4224 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3837 (bvlshr (bvsub ?x1480 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4058 (and (bvult ?x3837 ncpu) (bvult (bvsub ?x1480 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3837 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4241 (bvlshr (bvsub ?x1480 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3759 (and (bvult ?x4241 ncpu) (bvult (bvsub ?x1480 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4241 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6580 (bvlshr (bvsub ?x1480 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3724 (and (bvult ?x6580 ncpu) (bvult (bvsub ?x1480 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6580 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3724 $x3759 $x4058 (bvult (bvsub ?x1480 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6347 $x6214 $x4515 (bvult (bvsub ?x1623 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
