; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: assertions
; purpose: holds here: no assertion 'assert %rax & 0x1800 == 0' fails
; at: Specs/trampoline/kpti-trampoline.isospec:192:3
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
 (let ((?x792 (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64))))
 (let ((?x818 (bvand ?x792 (_ bv4503599627366400 64))))
 (let ((?x292 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x694 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x272 (bvsub ?x694 ?x292)))
 (let ((?x282 (bvudiv (bvsub ?x818 ?x292) ?x272)))
 (and (bvult ?x282 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x282 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x818)))))))))
(assert
 (let ((?x792 (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64))))
 (let ((?x9755 (bvand ?x792 (bvnot (_ bv6144 64)))))
 (let (($x9016 (= (bvand ?x9755 (_ bv6144 64)) (_ bv0 64))))
 (not $x9016)))))
(check-sat)
