; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x10281 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x11942 (bvadd ?x10281 (_ bv18446744073709551592 64))))
 (let ((?x10518 (bvadd ?x11942 (_ bv7 64))))
 (let ((?x5437 (bvlshr (bvsub ?x10518 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11745 (and (bvult ?x5437 ncpu) (bvult (bvsub ?x10518 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5437 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7410 (bvlshr (bvsub ?x10518 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11218 (and (bvult ?x7410 ncpu) (bvult (bvsub ?x10518 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7410 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12330 (bvlshr (bvsub ?x10518 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12722 (and (bvult ?x12330 ncpu) (bvult (bvsub ?x10518 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12330 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10001 (bvlshr (bvsub ?x11942 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7355 (and (bvult ?x10001 ncpu) (bvult (bvsub ?x11942 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10001 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1732 (bvlshr (bvsub ?x11942 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12605 (and (bvult ?x1732 ncpu) (bvult (bvsub ?x11942 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1732 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7190 (bvlshr (bvsub ?x11942 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12100 (and (bvult ?x7190 ncpu) (bvult (bvsub ?x11942 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7190 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12100 $x12605 $x7355 (bvult (bvsub ?x11942 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12722 $x11218 $x11745 (bvult (bvsub ?x10518 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
