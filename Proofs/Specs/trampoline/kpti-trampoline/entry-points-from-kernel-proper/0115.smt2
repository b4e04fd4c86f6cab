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
 (let ((?x11291 (bvadd ?x8578 (_ bv18446744073709551600 64))))
 (let ((?x9002 (bvadd ?x11291 (_ bv7 64))))
 (let ((?x13909 (bvlshr (bvsub ?x9002 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13102 (and (bvult ?x13909 ncpu) (bvult (bvsub ?x9002 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13909 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7002 (bvlshr (bvsub ?x9002 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14106 (and (bvult ?x7002 ncpu) (bvult (bvsub ?x9002 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7002 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13973 (bvlshr (bvsub ?x9002 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13986 (and (bvult ?x13973 ncpu) (bvult (bvsub ?x9002 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13973 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12303 (bvlshr (bvsub ?x11291 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13879 (and (bvult ?x12303 ncpu) (bvult (bvsub ?x11291 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12303 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13966 (bvlshr (bvsub ?x11291 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14100 (and (bvult ?x13966 ncpu) (bvult (bvsub ?x11291 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13966 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13939 (bvlshr (bvsub ?x11291 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13955 (and (bvult ?x13939 ncpu) (bvult (bvsub ?x11291 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13939 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x13955 $x14100 $x13879 (bvult (bvsub ?x11291 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13986 $x14106 $x13102 (bvult (bvsub ?x9002 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
