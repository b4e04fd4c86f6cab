; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: assertions
; purpose: holds here: no assertion 'assert %rax & 0x1800 == 0' fails
; at: Specs/trampoline/kpti-trampoline.isospec:197:3
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
 (and (bvult ?x129 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x129 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x694)))))))))
(assert
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x7800 (bvand ?x245 (bvnot (_ bv6144 64)))))
 (let (($x30778 (= (bvand ?x7800 (_ bv6144 64)) (_ bv0 64))))
 (not $x30778)))))
(check-sat)
