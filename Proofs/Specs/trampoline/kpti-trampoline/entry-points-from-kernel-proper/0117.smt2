; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x10311 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x12582 (bvadd ?x10311 (_ bv18446744073709551592 64))))
 (let ((?x14455 (bvadd ?x12582 (_ bv7 64))))
 (let ((?x7242 (bvlshr (bvsub ?x14455 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6776 (and (bvult ?x7242 ncpu) (bvult (bvsub ?x14455 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7242 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13666 (bvlshr (bvsub ?x14455 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7196 (and (bvult ?x13666 ncpu) (bvult (bvsub ?x14455 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13666 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12714 (bvlshr (bvsub ?x14455 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2647 (and (bvult ?x12714 ncpu) (bvult (bvsub ?x14455 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12714 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1033 (bvlshr (bvsub ?x12582 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10042 (and (bvult ?x1033 ncpu) (bvult (bvsub ?x12582 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1033 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8397 (bvlshr (bvsub ?x12582 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5199 (and (bvult ?x8397 ncpu) (bvult (bvsub ?x12582 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8397 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14154 (bvlshr (bvsub ?x12582 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11839 (and (bvult ?x14154 ncpu) (bvult (bvsub ?x12582 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14154 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11839 $x5199 $x10042 (bvult (bvsub ?x12582 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2647 $x7196 $x6776 (bvult (bvsub ?x14455 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
