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
 (let ((?x6529 (bvadd ?x605 (_ bv18446744073709551600 64))))
 (let ((?x7118 (bvadd ?x6529 (_ bv7 64))))
 (let ((?x1909 (bvlshr (bvsub ?x7118 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7425 (and (bvult ?x1909 ncpu) (bvult (bvsub ?x7118 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1909 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7152 (bvlshr (bvsub ?x7118 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4972 (and (bvult ?x7152 ncpu) (bvult (bvsub ?x7118 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7152 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5322 (bvlshr (bvsub ?x7118 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7321 (and (bvult ?x5322 ncpu) (bvult (bvsub ?x7118 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5322 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7135 (bvlshr (bvsub ?x6529 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x730 (and (bvult ?x7135 ncpu) (bvult (bvsub ?x6529 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7135 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6522 (bvlshr (bvsub ?x6529 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6877 (and (bvult ?x6522 ncpu) (bvult (bvsub ?x6529 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6522 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4798 (bvlshr (bvsub ?x6529 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7042 (and (bvult ?x4798 ncpu) (bvult (bvsub ?x6529 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4798 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7042 $x6877 $x730 (bvult (bvsub ?x6529 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7321 $x4972 $x7425 (bvult (bvsub ?x7118 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
