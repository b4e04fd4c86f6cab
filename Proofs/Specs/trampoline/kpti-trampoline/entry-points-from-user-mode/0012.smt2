; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:122:3
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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x3688 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x11435 (bvadd ?x3688 (_ bv16368 64))))
 (let ((?x11077 (bvlshr (bvsub ?x11435 ?x11143) (_ bv16 64))))
 (let (($x9250 (and (bvult ?x11077 ncpu) (bvult (bvsub ?x11435 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x11077 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x4085 (bvlshr (bvsub ?x11435 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14343 (and (bvult ?x4085 ncpu) (bvult (bvsub ?x11435 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4085 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x14343 $x9250))))))))))))
(check-sat)
