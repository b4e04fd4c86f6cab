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
 (let ((?x5656 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x5652 (bvadd ?x5656 (_ bv7 64))))
 (let ((?x6611 (bvlshr (bvsub ?x5652 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6684 (and (bvult ?x6611 ncpu) (bvult (bvsub ?x5652 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6611 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x429 (bvlshr (bvsub ?x5652 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6587 (and (bvult ?x429 ncpu) (bvult (bvsub ?x5652 (bvadd (_ bv18446741874687344640 64) (bvmul ?x429 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5790 (bvlshr (bvsub ?x5652 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6551 (and (bvult ?x5790 ncpu) (bvult (bvsub ?x5652 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5790 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6986 (bvlshr (bvsub ?x5656 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6340 (and (bvult ?x6986 ncpu) (bvult (bvsub ?x5656 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6986 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5567 (bvlshr (bvsub ?x5656 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6956 (and (bvult ?x5567 ncpu) (bvult (bvsub ?x5656 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5567 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5693 (bvlshr (bvsub ?x5656 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5324 (and (bvult ?x5693 ncpu) (bvult (bvsub ?x5656 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5693 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5324 $x6956 $x6340 (bvult (bvsub ?x5656 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6551 $x6587 $x6684 (bvult (bvsub ?x5652 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
