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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x14671 (bvadd ?x10437 (_ bv18446744073709551528 64))))
 (let ((?x4429 (bvadd ?x14671 (_ bv7 64))))
 (let ((?x17606 (bvlshr (bvsub ?x4429 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16607 (and (bvult ?x17606 ncpu) (bvult (bvsub ?x4429 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17606 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17603 (bvlshr (bvsub ?x4429 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14657 (and (bvult ?x17603 ncpu) (bvult (bvsub ?x4429 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17603 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11817 (bvlshr (bvsub ?x4429 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16588 (and (bvult ?x11817 ncpu) (bvult (bvsub ?x4429 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11817 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x2417 (bvlshr (bvsub ?x14671 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15940 (and (bvult ?x2417 ncpu) (bvult (bvsub ?x14671 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2417 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12671 (bvlshr (bvsub ?x14671 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x328 (and (bvult ?x12671 ncpu) (bvult (bvsub ?x14671 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12671 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17441 (bvlshr (bvsub ?x14671 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2048 (and (bvult ?x17441 ncpu) (bvult (bvsub ?x14671 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17441 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2048 $x328 $x15940 (bvult (bvsub ?x14671 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16588 $x14657 $x16607 (bvult (bvsub ?x4429 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
