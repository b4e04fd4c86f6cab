; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3113 (bvadd ?x7602 (_ bv18446744073709551600 64))))
 (let ((?x6443 (bvlshr (bvsub ?x3113 ?x1725) (_ bv16 64))))
 (let (($x3180 (and (bvult ?x6443 ncpu) (bvult (bvsub ?x3113 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x6443 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x5603 (bvlshr (bvsub ?x3113 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6635 (and (bvult ?x5603 ncpu) (bvult (bvsub ?x3113 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5603 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x6635 $x3180))))))))))))
(check-sat)
