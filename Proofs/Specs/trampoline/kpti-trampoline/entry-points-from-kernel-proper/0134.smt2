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
 (let ((?x14494 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x13976 (bvadd ?x14494 (_ bv18446744073709551576 64))))
 (let ((?x14531 (bvadd ?x13976 (_ bv7 64))))
 (let ((?x15392 (bvlshr (bvsub ?x14531 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9676 (and (bvult ?x15392 ncpu) (bvult (bvsub ?x14531 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15392 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9267 (bvlshr (bvsub ?x14531 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11288 (and (bvult ?x9267 ncpu) (bvult (bvsub ?x14531 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9267 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13209 (bvlshr (bvsub ?x14531 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7771 (and (bvult ?x13209 ncpu) (bvult (bvsub ?x14531 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13209 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14208 (bvlshr (bvsub ?x13976 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8124 (and (bvult ?x14208 ncpu) (bvult (bvsub ?x13976 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14208 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15786 (bvlshr (bvsub ?x13976 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13281 (and (bvult ?x15786 ncpu) (bvult (bvsub ?x13976 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15786 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12942 (bvlshr (bvsub ?x13976 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9316 (and (bvult ?x12942 ncpu) (bvult (bvsub ?x13976 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12942 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9316 $x13281 $x8124 (bvult (bvsub ?x13976 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7771 $x11288 $x9676 (bvult (bvsub ?x14531 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
