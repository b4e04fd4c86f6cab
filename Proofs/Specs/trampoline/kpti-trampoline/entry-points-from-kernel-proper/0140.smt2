; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x5749 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x16128 (bvadd ?x5749 (_ bv7 64))))
 (let ((?x15331 (bvlshr (bvsub ?x16128 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11229 (and (bvult ?x15331 ncpu) (bvult (bvsub ?x16128 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15331 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1403 (bvlshr (bvsub ?x16128 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11045 (and (bvult ?x1403 ncpu) (bvult (bvsub ?x16128 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1403 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x525 (bvlshr (bvsub ?x16128 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14642 (and (bvult ?x525 ncpu) (bvult (bvsub ?x16128 (bvadd (_ bv18446612686364999680 64) (bvmul ?x525 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15280 (bvlshr (bvsub ?x5749 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6994 (and (bvult ?x15280 ncpu) (bvult (bvsub ?x5749 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15280 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14800 (bvlshr (bvsub ?x5749 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4329 (and (bvult ?x14800 ncpu) (bvult (bvsub ?x5749 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14800 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15463 (bvlshr (bvsub ?x5749 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13091 (and (bvult ?x15463 ncpu) (bvult (bvsub ?x5749 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15463 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x13091 $x4329 $x6994 (bvult (bvsub ?x5749 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14642 $x11045 $x11229 (bvult (bvsub ?x16128 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
