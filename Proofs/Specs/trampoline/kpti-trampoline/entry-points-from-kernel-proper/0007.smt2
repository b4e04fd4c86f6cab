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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3113 (bvadd ?x7602 (_ bv18446744073709551600 64))))
 (let ((?x7891 (bvadd ?x3113 (_ bv7 64))))
 (let ((?x5424 (bvlshr (bvsub ?x7891 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5460 (and (bvult ?x5424 ncpu) (bvult (bvsub ?x7891 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5424 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5551 (bvlshr (bvsub ?x7891 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4596 (and (bvult ?x5551 ncpu) (bvult (bvsub ?x7891 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5551 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5340 (bvlshr (bvsub ?x7891 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5463 (and (bvult ?x5340 ncpu) (bvult (bvsub ?x7891 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5340 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5603 (bvlshr (bvsub ?x3113 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6635 (and (bvult ?x5603 ncpu) (bvult (bvsub ?x3113 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5603 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5386 (bvlshr (bvsub ?x3113 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5645 (and (bvult ?x5386 ncpu) (bvult (bvsub ?x3113 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5386 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3790 (bvlshr (bvsub ?x3113 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5064 (and (bvult ?x3790 ncpu) (bvult (bvsub ?x3113 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3790 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5064 $x5645 $x6635 (bvult (bvsub ?x3113 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5463 $x4596 $x5460 (bvult (bvsub ?x7891 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
