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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4179 (bvadd ?x3058 (_ bv18446744073709551568 64))))
 (let ((?x6580 (bvadd ?x4179 (_ bv7 64))))
 (let ((?x7025 (bvlshr (bvsub ?x6580 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3913 (and (bvult ?x7025 ncpu) (bvult (bvsub ?x6580 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7025 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1683 (bvlshr (bvsub ?x6580 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5861 (and (bvult ?x1683 ncpu) (bvult (bvsub ?x6580 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1683 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3030 (bvlshr (bvsub ?x6580 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5690 (and (bvult ?x3030 ncpu) (bvult (bvsub ?x6580 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3030 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4882 (bvlshr (bvsub ?x4179 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6101 (and (bvult ?x4882 ncpu) (bvult (bvsub ?x4179 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4882 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1704 (bvlshr (bvsub ?x4179 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4845 (and (bvult ?x1704 ncpu) (bvult (bvsub ?x4179 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1704 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4040 (bvlshr (bvsub ?x4179 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4599 (and (bvult ?x4040 ncpu) (bvult (bvsub ?x4179 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4040 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4599 $x4845 $x6101 (bvult (bvsub ?x4179 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5690 $x5861 $x3913 (bvult (bvsub ?x6580 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
