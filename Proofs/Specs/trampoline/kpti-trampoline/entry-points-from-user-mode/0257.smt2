; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x733 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x733)))
 (let ((?x412 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x60590 (bvadd ?x11005 (_ bv16344 64))))
 (let ((?x54423 (bvlshr (bvsub ?x60590 ?x412) (_ bv16 64))))
 (let (($x46116 (and (bvult ?x54423 ncpu) (bvult (bvsub ?x60590 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x54423 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x62848 (bvlshr (bvsub ?x60590 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x71418 (and (bvult ?x62848 ncpu) (bvult (bvsub ?x60590 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62848 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x71418 $x46116))))))))))))
(check-sat)
