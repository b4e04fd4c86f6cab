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
 (let ((?x6072 (bvadd ?x1805 (_ bv18446744073709551592 64))))
 (let ((?x7403 (bvadd ?x6072 (_ bv7 64))))
 (let ((?x4778 (bvlshr (bvsub ?x7403 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6181 (and (bvult ?x4778 ncpu) (bvult (bvsub ?x7403 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4778 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3039 (bvlshr (bvsub ?x7403 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7514 (and (bvult ?x3039 ncpu) (bvult (bvsub ?x7403 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3039 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5119 (bvlshr (bvsub ?x7403 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1927 (and (bvult ?x5119 ncpu) (bvult (bvsub ?x7403 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5119 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4876 (bvlshr (bvsub ?x6072 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5110 (and (bvult ?x4876 ncpu) (bvult (bvsub ?x6072 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4876 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4733 (bvlshr (bvsub ?x6072 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x167 (and (bvult ?x4733 ncpu) (bvult (bvsub ?x6072 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4733 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4825 (bvlshr (bvsub ?x6072 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5105 (and (bvult ?x4825 ncpu) (bvult (bvsub ?x6072 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4825 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5105 $x167 $x5110 (bvult (bvsub ?x6072 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x1927 $x7514 $x6181 (bvult (bvsub ?x7403 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
