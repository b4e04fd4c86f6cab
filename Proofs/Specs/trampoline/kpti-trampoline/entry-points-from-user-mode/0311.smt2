; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:234:3
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
 (let ((?x7719 (bvnot (_ bv6144 64))))
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x7789 (bvand (bvand ?x245 ?x7719) (_ bv9223372036854775807 64))))
 (let ((?x68660 (bvand (bvor (bvor ?x7789 (_ bv6144 64)) (bvshl (_ bv1 64) (bvand (_ bv63 64) (_ bv63 64)))) (_ bv9223372036854775807 64))))
 (let ((?x53088 (bvand ?x68660 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x70338 (bvudiv (bvsub ?x53088 ?x1480) ?x463)))
 (let (($x59233 (and (bvult ?x70338 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x70338 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x53088))))
 (let (($x68151 (not $x59233)))
 (let ((?x584 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x1533 (bvsub ?x584 ?x282)))
 (let ((?x68316 (bvudiv (bvsub ?x53088 ?x282) ?x1533)))
 (let (($x70466 (and (bvult ?x68316 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x68316 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x53088))))
 (let (($x69091 (not $x70466)))
 (and $x69091 $x68151))))))))))))))))))
(check-sat)
