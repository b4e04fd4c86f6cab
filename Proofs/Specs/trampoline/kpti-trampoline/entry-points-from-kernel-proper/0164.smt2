; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x9624 (bvadd ?x14394 (_ bv18446744073709551512 64))))
 (let ((?x18357 (bvadd ?x9624 (_ bv7 64))))
 (let ((?x9991 (bvlshr (bvsub ?x18357 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19544 (and (bvult ?x9991 ncpu) (bvult (bvsub ?x18357 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9991 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18739 (bvlshr (bvsub ?x18357 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17833 (and (bvult ?x18739 ncpu) (bvult (bvsub ?x18357 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18739 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19066 (bvlshr (bvsub ?x18357 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19146 (and (bvult ?x19066 ncpu) (bvult (bvsub ?x18357 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19066 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x16706 (bvlshr (bvsub ?x9624 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16971 (and (bvult ?x16706 ncpu) (bvult (bvsub ?x9624 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16706 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18040 (bvlshr (bvsub ?x9624 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18085 (and (bvult ?x18040 ncpu) (bvult (bvsub ?x9624 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18040 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18771 (bvlshr (bvsub ?x9624 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19221 (and (bvult ?x18771 ncpu) (bvult (bvsub ?x9624 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18771 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x19221 $x18085 $x16971 (bvult (bvsub ?x9624 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x19146 $x17833 $x19544 (bvult (bvsub ?x18357 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
