; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x818 (bvand (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64)) (_ bv9223372036854775807 64))))
 (let ((?x292 (bvand ?x818 (_ bv4503599627366400 64))))
 (let ((?x255 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x2139 (bvadd ?x255 (_ bv4096 64))))
 (let ((?x8156 (bvudiv (bvsub ?x292 ?x2139) (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x2139))))
 (let (($x7037 (and (bvult ?x8156 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x8156 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x292))))
 (let (($x9007 (not $x7037)))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x299 (bvsub ?x282 ?x255)))
 (let ((?x298 (bvudiv (bvsub ?x292 ?x255) ?x299)))
 (let (($x1549 (and (bvult ?x298 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x298 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x292))))
 (let (($x1550 (not $x1549)))
 (and $x1550 $x9007))))))))))))))
(check-sat)
