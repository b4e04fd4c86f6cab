; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:195:3
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
 (let ((?x2306 (bvadd ?x10437 (_ bv18446744073709551488 64))))
 (let ((?x17696 (bvadd ?x2306 (_ bv7 64))))
 (let ((?x11705 (bvlshr (bvsub ?x17696 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14631 (and (bvult ?x11705 ncpu) (bvult (bvsub ?x17696 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11705 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17347 (bvlshr (bvsub ?x17696 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16208 (and (bvult ?x17347 ncpu) (bvult (bvsub ?x17696 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17347 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3309 (bvlshr (bvsub ?x17696 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15413 (and (bvult ?x3309 ncpu) (bvult (bvsub ?x17696 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3309 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5272 (bvlshr (bvsub ?x2306 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16433 (and (bvult ?x5272 ncpu) (bvult (bvsub ?x2306 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5272 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18039 (bvlshr (bvsub ?x2306 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16994 (and (bvult ?x18039 ncpu) (bvult (bvsub ?x2306 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18039 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9799 (bvlshr (bvsub ?x2306 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15684 (and (bvult ?x9799 ncpu) (bvult (bvsub ?x2306 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9799 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15684 $x16994 $x16433 (bvult (bvsub ?x2306 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15413 $x16208 $x14631 (bvult (bvsub ?x17696 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
