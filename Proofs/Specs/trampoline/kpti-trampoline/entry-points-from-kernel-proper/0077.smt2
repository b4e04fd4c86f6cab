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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9441 (bvadd ?x9097 (_ bv18446744073709551552 64))))
 (let ((?x11538 (bvadd ?x9441 (_ bv7 64))))
 (let ((?x2302 (bvlshr (bvsub ?x11538 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5997 (and (bvult ?x2302 ncpu) (bvult (bvsub ?x11538 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2302 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10591 (bvlshr (bvsub ?x11538 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4166 (and (bvult ?x10591 ncpu) (bvult (bvsub ?x11538 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10591 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11544 (bvlshr (bvsub ?x11538 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10099 (and (bvult ?x11544 ncpu) (bvult (bvsub ?x11538 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11544 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x2936 (bvlshr (bvsub ?x9441 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7540 (and (bvult ?x2936 ncpu) (bvult (bvsub ?x9441 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2936 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12343 (bvlshr (bvsub ?x9441 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6687 (and (bvult ?x12343 ncpu) (bvult (bvsub ?x9441 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12343 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5534 (bvlshr (bvsub ?x9441 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6995 (and (bvult ?x5534 ncpu) (bvult (bvsub ?x9441 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5534 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6995 $x6687 $x7540 (bvult (bvsub ?x9441 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10099 $x4166 $x5997 (bvult (bvsub ?x11538 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
