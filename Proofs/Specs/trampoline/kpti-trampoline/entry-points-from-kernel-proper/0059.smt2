; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x334 (bvand (bvand (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64)) (_ bv9223372036854775807 64)) (_ bv4503599627366400 64))))
 (let ((?x292 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x3291 (bvadd ?x292 (_ bv4096 64))))
 (let ((?x7727 (bvudiv (bvsub ?x334 ?x3291) (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x3291))))
 (let (($x9322 (and (bvult ?x7727 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x7727 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x334))))
 (let (($x7718 (not $x9322)))
 (let ((?x694 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x272 (bvsub ?x694 ?x292)))
 (let ((?x10045 (bvudiv (bvsub ?x334 ?x292) ?x272)))
 (let (($x1177 (and (bvult ?x10045 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x10045 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x334))))
 (let (($x2766 (not $x1177)))
 (and $x2766 $x7718)))))))))))))
(check-sat)
