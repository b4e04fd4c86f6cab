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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x2518 (bvadd ?x9097 (_ bv18446744073709551592 64))))
 (let ((?x7504 (bvadd ?x2518 (_ bv7 64))))
 (let ((?x11495 (bvlshr (bvsub ?x7504 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3527 (and (bvult ?x11495 ncpu) (bvult (bvsub ?x7504 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11495 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10431 (bvlshr (bvsub ?x7504 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6915 (and (bvult ?x10431 ncpu) (bvult (bvsub ?x7504 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10431 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1010 (bvlshr (bvsub ?x7504 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3065 (and (bvult ?x1010 ncpu) (bvult (bvsub ?x7504 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1010 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4624 (bvlshr (bvsub ?x2518 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7466 (and (bvult ?x4624 ncpu) (bvult (bvsub ?x2518 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4624 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4235 (bvlshr (bvsub ?x2518 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1640 (and (bvult ?x4235 ncpu) (bvult (bvsub ?x2518 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4235 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11746 (bvlshr (bvsub ?x2518 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2324 (and (bvult ?x11746 ncpu) (bvult (bvsub ?x2518 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11746 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2324 $x1640 $x7466 (bvult (bvsub ?x2518 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3065 $x6915 $x3527 (bvult (bvsub ?x7504 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
