; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: cr3-matches-privilege
; purpose: holds here: no IRETQ enters user mode with a PCID that is not the user PCID
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
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x245 (bvand ?x831 (_ bv9223372036854775807 64))))
 (let ((?x694 (bvand ?x245 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x129 (bvudiv (bvsub ?x694 ?x1480) ?x463)))
 (and (bvult ?x129 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x129 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x694))))))))))
(assert
 (let ((?x24018 (bvand (_ bv51 64) (_ bv3 64))))
 (let (($x55264 (= ?x24018 (_ bv0 64))))
 (not $x55264))))
(assert
 (let ((?x7719 (bvnot (_ bv6144 64))))
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x245 (bvand ?x831 (_ bv9223372036854775807 64))))
 (let ((?x7789 (bvand (bvand ?x245 ?x7719) (_ bv9223372036854775807 64))))
 (let ((?x7773 (bvand ?x7789 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x584 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x1533 (bvsub ?x584 ?x282)))
 (let ((?x7741 (bvudiv (bvsub ?x7773 ?x282) ?x1533)))
 (and (bvult ?x7741 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x7741 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x7773))))))))))))
(assert
 (let ((?x7719 (bvnot (_ bv6144 64))))
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x245 (bvand ?x831 (_ bv9223372036854775807 64))))
 (let ((?x7789 (bvand (bvand ?x245 ?x7719) (_ bv9223372036854775807 64))))
 (let ((?x68660 (bvand (bvor (bvor ?x7789 (_ bv6144 64)) (bvshl (_ bv1 64) (bvand (_ bv63 64) (_ bv63 64)))) (_ bv9223372036854775807 64))))
 (let ((?x53088 (bvand ?x68660 (_ bv4503599627366400 64))))
 (let ((?x282 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1480 (bvadd ?x282 (_ bv4096 64))))
 (let ((?x463 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1480)))
 (let ((?x70338 (bvudiv (bvsub ?x53088 ?x1480) ?x463)))
 (and (bvult ?x70338 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x70338 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x53088)))))))))))))
(assert
 (let ((?x24018 (bvand (_ bv51 64) (_ bv3 64))))
 (= ?x24018 (_ bv3 64))))
(assert
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x65695 (bvor (bvor (bvand (bvand (bvand ?x831 (_ bv9223372036854775807 64)) (bvnot (_ bv6144 64))) (_ bv9223372036854775807 64)) (_ bv6144 64)) (bvshl (_ bv1 64) (bvand (_ bv63 64) (_ bv63 64))))))
 (let ((?x68660 (bvand ?x65695 (_ bv9223372036854775807 64))))
 (not (= (bvand ?x68660 (_ bv4095 64)) (bvand ?x831 (_ bv4095 64))))))))
(check-sat)
