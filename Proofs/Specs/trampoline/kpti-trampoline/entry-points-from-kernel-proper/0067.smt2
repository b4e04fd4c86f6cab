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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9740 (bvadd ?x944 (_ bv18446744073709551592 64))))
 (let ((?x3801 (bvadd ?x9740 (_ bv7 64))))
 (let ((?x4037 (bvlshr (bvsub ?x3801 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1642 (and (bvult ?x4037 ncpu) (bvult (bvsub ?x3801 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4037 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2642 (bvlshr (bvsub ?x3801 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x481 (and (bvult ?x2642 ncpu) (bvult (bvsub ?x3801 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2642 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x530 (bvlshr (bvsub ?x3801 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4996 (and (bvult ?x530 ncpu) (bvult (bvsub ?x3801 (bvadd (_ bv18446612686364999680 64) (bvmul ?x530 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4094 (bvlshr (bvsub ?x9740 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6308 (and (bvult ?x4094 ncpu) (bvult (bvsub ?x9740 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4094 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11727 (bvlshr (bvsub ?x9740 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5924 (and (bvult ?x11727 ncpu) (bvult (bvsub ?x9740 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11727 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11096 (bvlshr (bvsub ?x9740 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3795 (and (bvult ?x11096 ncpu) (bvult (bvsub ?x9740 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11096 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3795 $x5924 $x6308 (bvult (bvsub ?x9740 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4996 $x481 $x1642 (bvult (bvsub ?x3801 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
