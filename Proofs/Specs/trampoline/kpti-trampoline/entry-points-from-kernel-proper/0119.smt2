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
 (let ((?x8578 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x13911 (bvadd ?x8578 (_ bv18446744073709551584 64))))
 (let ((?x12597 (bvadd ?x13911 (_ bv7 64))))
 (let ((?x5575 (bvlshr (bvsub ?x12597 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8056 (and (bvult ?x5575 ncpu) (bvult (bvsub ?x12597 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5575 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7477 (bvlshr (bvsub ?x12597 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12811 (and (bvult ?x7477 ncpu) (bvult (bvsub ?x12597 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7477 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2373 (bvlshr (bvsub ?x12597 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6909 (and (bvult ?x2373 ncpu) (bvult (bvsub ?x12597 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2373 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14243 (bvlshr (bvsub ?x13911 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14375 (and (bvult ?x14243 ncpu) (bvult (bvsub ?x13911 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14243 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14340 (bvlshr (bvsub ?x13911 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14335 (and (bvult ?x14340 ncpu) (bvult (bvsub ?x13911 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14340 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10092 (bvlshr (bvsub ?x13911 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14300 (and (bvult ?x10092 ncpu) (bvult (bvsub ?x13911 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10092 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x14300 $x14335 $x14375 (bvult (bvsub ?x13911 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6909 $x12811 $x8056 (bvult (bvsub ?x12597 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
