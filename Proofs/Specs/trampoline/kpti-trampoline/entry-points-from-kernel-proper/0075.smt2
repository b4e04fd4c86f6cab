; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:175:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3848 (bvadd ?x5362 (_ bv18446744073709551568 64))))
 (let ((?x5300 (bvadd ?x3848 (_ bv7 64))))
 (let ((?x3551 (bvlshr (bvsub ?x5300 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4743 (and (bvult ?x3551 ncpu) (bvult (bvsub ?x5300 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3551 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9065 (bvlshr (bvsub ?x5300 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5111 (and (bvult ?x9065 ncpu) (bvult (bvsub ?x5300 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9065 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9335 (bvlshr (bvsub ?x5300 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1092 (and (bvult ?x9335 ncpu) (bvult (bvsub ?x5300 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9335 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3043 (bvlshr (bvsub ?x3848 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10552 (and (bvult ?x3043 ncpu) (bvult (bvsub ?x3848 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3043 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2465 (bvlshr (bvsub ?x3848 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9717 (and (bvult ?x2465 ncpu) (bvult (bvsub ?x3848 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2465 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5687 (bvlshr (bvsub ?x3848 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3552 (and (bvult ?x5687 ncpu) (bvult (bvsub ?x3848 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5687 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3552 $x9717 $x10552 (bvult (bvsub ?x3848 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x1092 $x5111 $x4743 (bvult (bvsub ?x5300 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
