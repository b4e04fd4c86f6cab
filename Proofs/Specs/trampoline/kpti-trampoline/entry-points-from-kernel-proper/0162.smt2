; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:185:3
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
 (let ((?x18410 (bvadd ?x14394 (_ bv18446744073709551520 64))))
 (let ((?x17554 (bvadd ?x18410 (_ bv7 64))))
 (let ((?x18170 (bvlshr (bvsub ?x17554 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17677 (and (bvult ?x18170 ncpu) (bvult (bvsub ?x17554 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18170 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16076 (bvlshr (bvsub ?x17554 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18387 (and (bvult ?x16076 ncpu) (bvult (bvsub ?x17554 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16076 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15609 (bvlshr (bvsub ?x17554 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13103 (and (bvult ?x15609 ncpu) (bvult (bvsub ?x17554 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15609 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x2584 (bvlshr (bvsub ?x18410 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18401 (and (bvult ?x2584 ncpu) (bvult (bvsub ?x18410 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2584 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13204 (bvlshr (bvsub ?x18410 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7822 (and (bvult ?x13204 ncpu) (bvult (bvsub ?x18410 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13204 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9504 (bvlshr (bvsub ?x18410 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18865 (and (bvult ?x9504 ncpu) (bvult (bvsub ?x18410 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9504 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x18865 $x7822 $x18401 (bvult (bvsub ?x18410 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13103 $x18387 $x17677 (bvult (bvsub ?x17554 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
