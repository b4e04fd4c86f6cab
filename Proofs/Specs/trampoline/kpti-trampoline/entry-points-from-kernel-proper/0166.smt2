; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:187:3
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
 (let ((?x19082 (bvadd ?x14394 (_ bv18446744073709551504 64))))
 (let ((?x18637 (bvadd ?x19082 (_ bv7 64))))
 (let ((?x12538 (bvlshr (bvsub ?x18637 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18086 (and (bvult ?x12538 ncpu) (bvult (bvsub ?x18637 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12538 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3559 (bvlshr (bvsub ?x18637 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13589 (and (bvult ?x3559 ncpu) (bvult (bvsub ?x18637 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3559 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19685 (bvlshr (bvsub ?x18637 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17959 (and (bvult ?x19685 ncpu) (bvult (bvsub ?x18637 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19685 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x16210 (bvlshr (bvsub ?x19082 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19634 (and (bvult ?x16210 ncpu) (bvult (bvsub ?x19082 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16210 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5048 (bvlshr (bvsub ?x19082 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15936 (and (bvult ?x5048 ncpu) (bvult (bvsub ?x19082 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5048 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16686 (bvlshr (bvsub ?x19082 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19663 (and (bvult ?x16686 ncpu) (bvult (bvsub ?x19082 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16686 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x19663 $x15936 $x19634 (bvult (bvsub ?x19082 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x17959 $x13589 $x18086 (bvult (bvsub ?x18637 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
