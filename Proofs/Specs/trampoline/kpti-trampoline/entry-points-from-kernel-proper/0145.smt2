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
 (let ((?x1562 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x878 (bvadd (_ bv18446741874687344640 64) ?x1562)))
 (let ((?x1725 (bvadd ?x878 (_ bv4096 64))))
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x17449 (bvadd ?x14394 (_ bv18446744073709551592 64))))
 (let ((?x17186 (bvlshr (bvsub ?x17449 ?x1725) (_ bv16 64))))
 (let (($x15882 (and (bvult ?x17186 ncpu) (bvult (bvsub ?x17449 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x17186 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x3879 (bvlshr (bvsub ?x17449 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17209 (and (bvult ?x3879 ncpu) (bvult (bvsub ?x17449 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3879 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x17209 $x15882))))))))))))
(check-sat)
