; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:184:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x12312 (bvadd ?x15984 (_ bv18446744073709551528 64))))
 (let ((?x19197 (bvadd ?x12312 (_ bv7 64))))
 (let ((?x18452 (bvlshr (bvsub ?x19197 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5219 (and (bvult ?x18452 ncpu) (bvult (bvsub ?x19197 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18452 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8437 (bvlshr (bvsub ?x19197 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11352 (and (bvult ?x8437 ncpu) (bvult (bvsub ?x19197 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8437 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2248 (bvlshr (bvsub ?x19197 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8519 (and (bvult ?x2248 ncpu) (bvult (bvsub ?x19197 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2248 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5917 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18416 (and (bvult ?x5917 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5917 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9489 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18285 (and (bvult ?x9489 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9489 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3112 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18417 (and (bvult ?x3112 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3112 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x18417 $x18285 $x18416 (bvult (bvsub ?x12312 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8519 $x11352 $x5219 (bvult (bvsub ?x19197 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
