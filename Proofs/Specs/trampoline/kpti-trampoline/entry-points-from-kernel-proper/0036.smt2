; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:195:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4746 (bvadd ?x3058 (_ bv18446744073709551488 64))))
 (let ((?x8523 (bvadd ?x4746 (_ bv7 64))))
 (let ((?x8640 (bvlshr (bvsub ?x8523 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8533 (and (bvult ?x8640 ncpu) (bvult (bvsub ?x8523 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8640 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7773 (bvlshr (bvsub ?x8523 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3948 (and (bvult ?x7773 ncpu) (bvult (bvsub ?x8523 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7773 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5236 (bvlshr (bvsub ?x8523 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8611 (and (bvult ?x5236 ncpu) (bvult (bvsub ?x8523 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5236 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4244 (bvlshr (bvsub ?x4746 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6518 (and (bvult ?x4244 ncpu) (bvult (bvsub ?x4746 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4244 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6922 (bvlshr (bvsub ?x4746 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3128 (and (bvult ?x6922 ncpu) (bvult (bvsub ?x4746 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6922 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6921 (bvlshr (bvsub ?x4746 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4892 (and (bvult ?x6921 ncpu) (bvult (bvsub ?x4746 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6921 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4892 $x3128 $x6518 (bvult (bvsub ?x4746 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8611 $x3948 $x8533 (bvult (bvsub ?x8523 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
