; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:189:3
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
 (let ((?x4175 (bvadd ?x3058 (_ bv18446744073709551528 64))))
 (let ((?x4639 (bvadd ?x4175 (_ bv7 64))))
 (let ((?x7879 (bvlshr (bvsub ?x4639 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4404 (and (bvult ?x7879 ncpu) (bvult (bvsub ?x4639 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7879 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x877 (bvlshr (bvsub ?x4639 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7974 (and (bvult ?x877 ncpu) (bvult (bvsub ?x4639 (bvadd (_ bv18446741874687344640 64) (bvmul ?x877 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x713 (bvlshr (bvsub ?x4639 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3834 (and (bvult ?x713 ncpu) (bvult (bvsub ?x4639 (bvadd (_ bv18446612686364999680 64) (bvmul ?x713 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4635 (bvlshr (bvsub ?x4175 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6766 (and (bvult ?x4635 ncpu) (bvult (bvsub ?x4175 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4635 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5476 (bvlshr (bvsub ?x4175 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4248 (and (bvult ?x5476 ncpu) (bvult (bvsub ?x4175 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5476 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7265 (bvlshr (bvsub ?x4175 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4804 (and (bvult ?x7265 ncpu) (bvult (bvsub ?x4175 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7265 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4804 $x4248 $x6766 (bvult (bvsub ?x4175 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3834 $x7974 $x4404 (bvult (bvsub ?x4639 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
