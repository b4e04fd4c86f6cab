; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:126:3
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
 (let ((?x7189 (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16376 64))))
 (let ((?x12670 (bvlshr (bvsub ?x7189 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64))) (_ bv4096 64))) (_ bv16 64))))
 (let (($x7526 (and (bvult ?x12670 ncpu) (bvult (bvsub ?x7189 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x12670 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x13113 (bvlshr (bvsub ?x7189 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11587 (and (bvult ?x13113 ncpu) (bvult (bvsub ?x7189 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13113 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x11587 $x7526))))))))
(check-sat)
