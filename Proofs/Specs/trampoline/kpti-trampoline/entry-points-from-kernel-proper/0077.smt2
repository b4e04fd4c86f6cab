; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:181:3
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
 (let ((?x4619 (bvadd ?x944 (_ bv18446744073709551552 64))))
 (let ((?x10615 (bvadd ?x4619 (_ bv7 64))))
 (let ((?x7627 (bvlshr (bvsub ?x10615 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3936 (and (bvult ?x7627 ncpu) (bvult (bvsub ?x10615 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7627 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4261 (bvlshr (bvsub ?x10615 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8632 (and (bvult ?x4261 ncpu) (bvult (bvsub ?x10615 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4261 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12481 (bvlshr (bvsub ?x10615 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12574 (and (bvult ?x12481 ncpu) (bvult (bvsub ?x10615 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12481 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1052 (bvlshr (bvsub ?x4619 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3243 (and (bvult ?x1052 ncpu) (bvult (bvsub ?x4619 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1052 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6260 (bvlshr (bvsub ?x4619 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12514 (and (bvult ?x6260 ncpu) (bvult (bvsub ?x4619 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6260 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12269 (bvlshr (bvsub ?x4619 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1286 (and (bvult ?x12269 ncpu) (bvult (bvsub ?x4619 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12269 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1286 $x12514 $x3243 (bvult (bvsub ?x4619 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12574 $x8632 $x3936 (bvult (bvsub ?x10615 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
