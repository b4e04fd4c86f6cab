; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x11153 (bvadd ?x11005 (_ bv16352 64))))
 (let ((?x70698 (bvadd ?x11153 (_ bv7 64))))
 (let ((?x53524 (bvlshr (bvsub ?x70698 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72704 (and (bvult ?x53524 ncpu) (bvult (bvsub ?x70698 (bvadd (_ bv18446683600570023936 64) (bvmul ?x53524 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x71477 (bvlshr (bvsub ?x70698 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71720 (and (bvult ?x71477 ncpu) (bvult (bvsub ?x70698 (bvadd (_ bv18446741874687344640 64) (bvmul ?x71477 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x71695 (bvlshr (bvsub ?x70698 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72461 (and (bvult ?x71695 ncpu) (bvult (bvsub ?x70698 (bvadd (_ bv18446612686364999680 64) (bvmul ?x71695 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12453 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3198 (and (bvult ?x12453 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12453 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x72125 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x62269 (and (bvult ?x72125 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446741874687344640 64) (bvmul ?x72125 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x62427 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72374 (and (bvult ?x62427 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446612686364999680 64) (bvmul ?x62427 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x72374 $x62269 $x3198 (bvult (bvsub ?x11153 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x72461 $x71720 $x72704 (bvult (bvsub ?x70698 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
