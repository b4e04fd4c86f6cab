; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:181:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3260 (bvadd ?x4233 (_ bv18446744073709551552 64))))
 (let ((?x3991 (bvadd ?x3260 (_ bv7 64))))
 (let ((?x3204 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3957 (and (bvult ?x3204 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3204 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3671 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8736 (and (bvult ?x3671 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3671 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6180 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3714 (and (bvult ?x6180 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6180 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3105 (bvlshr (bvsub ?x3260 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5114 (and (bvult ?x3105 ncpu) (bvult (bvsub ?x3260 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3105 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3657 (bvlshr (bvsub ?x3260 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6562 (and (bvult ?x3657 ncpu) (bvult (bvsub ?x3260 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3657 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4574 (bvlshr (bvsub ?x3260 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3433 (and (bvult ?x4574 ncpu) (bvult (bvsub ?x3260 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4574 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3433 $x6562 $x5114 (bvult (bvsub ?x3260 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3714 $x8736 $x3957 (bvult (bvsub ?x3991 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
