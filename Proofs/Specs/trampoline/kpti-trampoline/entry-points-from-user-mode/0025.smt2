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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x9593 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x15677 (bvadd ?x9593 (_ bv18446744073709551600 64))))
 (let ((?x14519 (bvlshr (bvsub ?x15677 ?x11143) (_ bv16 64))))
 (let (($x13857 (and (bvult ?x14519 ncpu) (bvult (bvsub ?x15677 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x14519 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x2944 (bvlshr (bvsub ?x15677 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1742 (bvult (bvsub ?x15677 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2944 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x15543 (bvult ?x2944 ncpu)))
 (not (or (and $x15543 $x1742) $x13857)))))))))))))
(check-sat)
