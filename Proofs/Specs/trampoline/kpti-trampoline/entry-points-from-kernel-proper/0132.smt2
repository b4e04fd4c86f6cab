; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x6086 (bvadd ?x11119 (_ bv18446744073709551584 64))))
 (let ((?x5194 (bvadd ?x6086 (_ bv7 64))))
 (let ((?x496 (bvlshr (bvsub ?x5194 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8073 (and (bvult ?x496 ncpu) (bvult (bvsub ?x5194 (bvadd (_ bv18446683600570023936 64) (bvmul ?x496 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10646 (bvlshr (bvsub ?x5194 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4129 (and (bvult ?x10646 ncpu) (bvult (bvsub ?x5194 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10646 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8357 (bvlshr (bvsub ?x5194 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6078 (and (bvult ?x8357 ncpu) (bvult (bvsub ?x5194 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8357 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12478 (bvlshr (bvsub ?x6086 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15199 (and (bvult ?x12478 ncpu) (bvult (bvsub ?x6086 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12478 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2234 (bvlshr (bvsub ?x6086 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14256 (and (bvult ?x2234 ncpu) (bvult (bvsub ?x6086 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2234 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5754 (bvlshr (bvsub ?x6086 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8931 (and (bvult ?x5754 ncpu) (bvult (bvsub ?x6086 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5754 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8931 $x14256 $x15199 (bvult (bvsub ?x6086 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6078 $x4129 $x8073 (bvult (bvsub ?x5194 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
