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
 (let ((?x10648 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x5448 (bvadd ?x10648 (_ bv18446744073709551592 64))))
 (let ((?x12905 (bvadd ?x5448 (_ bv7 64))))
 (let ((?x6872 (bvlshr (bvsub ?x12905 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13759 (and (bvult ?x6872 ncpu) (bvult (bvsub ?x12905 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6872 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x838 (bvlshr (bvsub ?x12905 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13478 (and (bvult ?x838 ncpu) (bvult (bvsub ?x12905 (bvadd (_ bv18446741874687344640 64) (bvmul ?x838 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12842 (bvlshr (bvsub ?x12905 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14462 (and (bvult ?x12842 ncpu) (bvult (bvsub ?x12905 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12842 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11633 (bvlshr (bvsub ?x5448 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12485 (and (bvult ?x11633 ncpu) (bvult (bvsub ?x5448 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11633 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13342 (bvlshr (bvsub ?x5448 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13230 (and (bvult ?x13342 ncpu) (bvult (bvsub ?x5448 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13342 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13388 (bvlshr (bvsub ?x5448 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12651 (and (bvult ?x13388 ncpu) (bvult (bvsub ?x5448 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13388 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12651 $x13230 $x12485 (bvult (bvsub ?x5448 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14462 $x13478 $x13759 (bvult (bvsub ?x12905 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
