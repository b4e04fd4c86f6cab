; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:173:3
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
 (let ((?x16764 (bvadd ?x14394 (_ bv18446744073709551568 64))))
 (let ((?x9569 (bvadd ?x16764 (_ bv7 64))))
 (let ((?x17413 (bvlshr (bvsub ?x9569 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16450 (and (bvult ?x17413 ncpu) (bvult (bvsub ?x9569 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17413 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1095 (bvlshr (bvsub ?x9569 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17860 (and (bvult ?x1095 ncpu) (bvult (bvsub ?x9569 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1095 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17069 (bvlshr (bvsub ?x9569 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16499 (and (bvult ?x17069 ncpu) (bvult (bvsub ?x9569 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17069 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x16527 (bvlshr (bvsub ?x16764 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15796 (and (bvult ?x16527 ncpu) (bvult (bvsub ?x16764 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16527 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4977 (bvlshr (bvsub ?x16764 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17599 (and (bvult ?x4977 ncpu) (bvult (bvsub ?x16764 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4977 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16399 (bvlshr (bvsub ?x16764 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11876 (and (bvult ?x16399 ncpu) (bvult (bvsub ?x16764 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16399 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11876 $x17599 $x15796 (bvult (bvsub ?x16764 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16499 $x17860 $x16450 (bvult (bvsub ?x9569 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
