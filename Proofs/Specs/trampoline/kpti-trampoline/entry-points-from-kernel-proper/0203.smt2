; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: cr3-matches-privilege
; purpose: holds here: no SYSRET enters user mode with another principal's user table
; at: Specs/trampoline/kpti-trampoline.isospec:133:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(declare-fun $stack.17 () (_ BitVec 64))
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
 (let (($x21626 (not (= (bvand $stack.17 (_ bv18446603336221196288 64)) (_ bv0 64)))))
 (not $x21626)))
(assert
 (let ((?x17219 (bvor (bvor (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64)) (_ bv6144 64)) (bvshl (_ bv1 64) (bvand (_ bv63 64) (_ bv63 64))))))
 (let ((?x16717 (bvand (bvand ?x17219 (_ bv9223372036854775807 64)) (_ bv4503599627366400 64))))
 (let ((?x292 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x3291 (bvadd ?x292 (_ bv4096 64))))
 (let ((?x5732 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x3291)))
 (let ((?x21407 (bvudiv (bvsub ?x16717 ?x3291) ?x5732)))
 (and (bvult ?x21407 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x21407 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x16717)))))))))
(assert
 (or (= (bvlshr $stack.17 (_ bv47 64)) (_ bv0 64)) (= (bvlshr $stack.17 (_ bv47 64)) (_ bv131071 64))))
(assert
 (let ((?x292 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x3291 (bvadd ?x292 (_ bv4096 64))))
 (let ((?x5732 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x3291)))
 (let ((?x17219 (bvor (bvor (bvor (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv1 64)) (_ bv6144 64)) (bvshl (_ bv1 64) (bvand (_ bv63 64) (_ bv63 64))))))
 (let ((?x16717 (bvand (bvand ?x17219 (_ bv9223372036854775807 64)) (_ bv4503599627366400 64))))
 (let ((?x21407 (bvudiv (bvsub ?x16717 ?x3291) ?x5732)))
 (not (= ?x21407 p!7)))))))))
(check-sat)
