; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:170:3
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
 (let ((?x7838 (bvadd ?x9097 (_ bv18446744073709551568 64))))
 (let ((?x6101 (bvadd ?x7838 (_ bv7 64))))
 (let ((?x4248 (bvlshr (bvsub ?x6101 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7818 (and (bvult ?x4248 ncpu) (bvult (bvsub ?x6101 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4248 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12194 (bvlshr (bvsub ?x6101 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9862 (and (bvult ?x12194 ncpu) (bvult (bvsub ?x6101 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12194 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4471 (bvlshr (bvsub ?x6101 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12231 (and (bvult ?x4471 ncpu) (bvult (bvsub ?x6101 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4471 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11372 (bvlshr (bvsub ?x7838 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10864 (and (bvult ?x11372 ncpu) (bvult (bvsub ?x7838 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11372 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11565 (bvlshr (bvsub ?x7838 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1459 (and (bvult ?x11565 ncpu) (bvult (bvsub ?x7838 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11565 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8819 (bvlshr (bvsub ?x7838 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2439 (and (bvult ?x8819 ncpu) (bvult (bvsub ?x7838 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8819 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2439 $x1459 $x10864 (bvult (bvsub ?x7838 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12231 $x9862 $x7818 (bvult (bvsub ?x6101 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
