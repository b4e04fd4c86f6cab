; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: cr3-matches-privilege
; purpose: holds here: no IRETQ enters user mode with another principal's user table
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
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x694 (bvand ?x245 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x129 (bvudiv (bvsub ?x694 ?x1480) ?x463)))
 (and (bvult ?x129 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x129 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x694)))))))))
(assert
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x7773 (bvand (bvand (bvand ?x245 (bvnot (_ bv6144 64))) (_ bv9223372036854775807 64)) (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x584 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x1533 (bvsub ?x584 ?x282)))
 (let ((?x7741 (bvudiv (bvsub ?x7773 ?x282) ?x1533)))
 (and (bvult ?x7741 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x7741 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x7773)))))))))
(assert
 (let (($x1093 (= (bvand (bvlshr $user.gs_base (_ bv32 64)) (bvshl (_ bv1 64) (bvand (_ bv31 64) (_ bv63 64)))) (_ bv0 64))))
 (let (($x1308 (not $x1093)))
 (not $x1308))))
(assert
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x694 (bvand ?x245 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x129 (bvudiv (bvsub ?x694 ?x1480) ?x463)))
 (and (bvult ?x129 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x129 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x694)))))))))
(assert
 (= (bvand (_ bv51 64) (_ bv3 64)) (_ bv3 64)))
(assert
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x245 (bvand (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64)) (_ bv9223372036854775807 64))))
 (let ((?x694 (bvand ?x245 (_ bv4503599627366400 64))))
 (let ((?x129 (bvudiv (bvsub ?x694 ?x1480) ?x463)))
 (not (= ?x129 p!7)))))))))
(check-sat)
