; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x6637 (bvadd ?x4233 (_ bv18446744073709551576 64))))
 (let ((?x3760 (bvadd ?x6637 (_ bv7 64))))
 (let ((?x4273 (bvlshr (bvsub ?x3760 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5831 (and (bvult ?x4273 ncpu) (bvult (bvsub ?x3760 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4273 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6956 (bvlshr (bvsub ?x3760 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4970 (and (bvult ?x6956 ncpu) (bvult (bvsub ?x3760 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6956 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7585 (bvlshr (bvsub ?x3760 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7776 (and (bvult ?x7585 ncpu) (bvult (bvsub ?x3760 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7585 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1576 (bvlshr (bvsub ?x6637 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x165 (and (bvult ?x1576 ncpu) (bvult (bvsub ?x6637 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1576 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5454 (bvlshr (bvsub ?x6637 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1739 (and (bvult ?x5454 ncpu) (bvult (bvsub ?x6637 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5454 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5445 (bvlshr (bvsub ?x6637 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5370 (and (bvult ?x5445 ncpu) (bvult (bvsub ?x6637 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5445 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5370 $x1739 $x165 (bvult (bvsub ?x6637 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7776 $x4970 $x5831 (bvult (bvsub ?x3760 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
