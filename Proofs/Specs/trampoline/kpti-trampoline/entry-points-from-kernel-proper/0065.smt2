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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9702 (bvadd ?x944 (_ bv18446744073709551600 64))))
 (let ((?x11738 (bvadd ?x9702 (_ bv7 64))))
 (let ((?x9597 (bvlshr (bvsub ?x11738 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7054 (and (bvult ?x9597 ncpu) (bvult (bvsub ?x11738 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9597 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3620 (bvlshr (bvsub ?x11738 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6757 (and (bvult ?x3620 ncpu) (bvult (bvsub ?x11738 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3620 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4665 (bvlshr (bvsub ?x11738 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10077 (and (bvult ?x4665 ncpu) (bvult (bvsub ?x11738 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4665 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9424 (bvlshr (bvsub ?x9702 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9513 (and (bvult ?x9424 ncpu) (bvult (bvsub ?x9702 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9424 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9477 (bvlshr (bvsub ?x9702 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2206 (and (bvult ?x9477 ncpu) (bvult (bvsub ?x9702 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9477 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2360 (bvlshr (bvsub ?x9702 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5904 (and (bvult ?x2360 ncpu) (bvult (bvsub ?x9702 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2360 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5904 $x2206 $x9513 (bvult (bvsub ?x9702 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10077 $x6757 $x7054 (bvult (bvsub ?x11738 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
