; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: cr3-matches-privilege
; purpose: holds here: no IRETQ enters user mode with a PCID that is not the user PCID
; at: Specs/trampoline/kpti-trampoline.isospec:229:3
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
 (let ((?x245 (bvand ?x831 (_ bv4503599627366400 64))))
 (let ((?x694 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1482 (bvadd ?x694 (_ bv4096 64))))
 (let ((?x506 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1482)))
 (let ((?x516 (bvudiv (bvsub ?x245 ?x1482) ?x506)))
 (and (bvult ?x516 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x516 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x245)))))))))
(assert
 (let ((?x10153 (bvnot (_ bv6144 64))))
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x9705 (bvand (bvand (bvand ?x831 ?x10153) (_ bv9223372036854775807 64)) (_ bv4503599627366400 64))))
 (let ((?x694 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x299 (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64)))))
 (let ((?x298 (bvsub ?x299 ?x694)))
 (let ((?x9658 (bvudiv (bvsub ?x9705 ?x694) ?x298)))
 (and (bvult ?x9658 nproc) (= (bvand (bvadd (_ bv16777216 64) (bvmul ?x9658 (_ bv8192 64))) (_ bv4503599627366400 64)) ?x9705))))))))))
(assert
 (let (($x1844 (= (bvand (bvlshr $user.gs_base (_ bv32 64)) (bvshl (_ bv1 64) (bvand (_ bv31 64) (_ bv63 64)))) (_ bv0 64))))
 (let (($x611 (not $x1844)))
 (not $x611))))
(assert
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (let ((?x18767 (bvand ?x831 (_ bv9223372036854775807 64))))
 (let ((?x20722 (bvand ?x18767 (_ bv4503599627366400 64))))
 (let ((?x694 (bvadd (_ bv16777216 64) (bvmul (_ bv0 64) (_ bv8192 64)))))
 (let ((?x1482 (bvadd ?x694 (_ bv4096 64))))
 (let ((?x506 (bvsub (bvadd (bvadd (_ bv16777216 64) (bvmul (_ bv1 64) (_ bv8192 64))) (_ bv4096 64)) ?x1482)))
 (let ((?x16233 (bvudiv (bvsub ?x20722 ?x1482) ?x506)))
 (and (bvult ?x16233 nproc) (= (bvand (bvadd (bvadd (_ bv16777216 64) (bvmul ?x16233 (_ bv8192 64))) (_ bv4096 64)) (_ bv4503599627366400 64)) ?x20722))))))))))
(assert
 (= (bvand (_ bv51 64) (_ bv3 64)) (_ bv3 64)))
(assert
 (let ((?x831 (bvor (bvor (bvadd (bvadd (_ bv16777216 64) (bvmul p!7 (_ bv8192 64))) (_ bv4096 64)) (_ bv1 64)) (_ bv2048 64))))
 (not (= (bvand (bvand ?x831 (_ bv9223372036854775807 64)) (_ bv4095 64)) (bvand ?x831 (_ bv4095 64))))))
(check-sat)
