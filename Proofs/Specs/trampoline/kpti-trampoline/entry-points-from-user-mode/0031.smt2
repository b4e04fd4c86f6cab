; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:124:3
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
 (let ((?x909 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x909)))
 (let ((?x13462 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x15543 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x11635 (bvadd ?x15543 (_ bv18446744073709551576 64))))
 (let ((?x10766 (bvlshr (bvsub ?x11635 ?x13462) (_ bv16 64))))
 (let (($x13171 (and (bvult ?x10766 ncpu) (bvult (bvsub ?x11635 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x10766 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x21453 (bvlshr (bvsub ?x11635 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x21335 (bvult (bvsub ?x11635 (bvadd (_ bv18446683600570023936 64) (bvmul ?x21453 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x21356 (bvult ?x21453 ncpu)))
 (not (or (and $x21356 $x21335) $x13171)))))))))))))
(check-sat)
