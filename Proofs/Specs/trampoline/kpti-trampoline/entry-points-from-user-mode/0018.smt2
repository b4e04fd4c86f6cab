; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:129:3
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
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x694 (bvand ?x245 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x129 (bvudiv (bvsub ?x694 ?x1480) ?x463)))
 (let (($x253 (and (bvult ?x129 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x129 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x694))))
 (let (($x44 (not $x253)))
 (let ((?x584 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x1533 (bvsub ?x584 ?x282)))
 (let ((?x863 (bvudiv (bvsub ?x694 ?x282) ?x1533)))
 (let (($x1615 (and (bvult ?x863 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x863 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x694))))
 (let (($x1616 (not $x1615)))
 (and $x1616 $x44)))))))))))))))
(check-sat)
