; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x17449 (bvadd ?x14394 (_ bv18446744073709551592 64))))
 (let ((?x16081 (bvadd ?x17449 (_ bv7 64))))
 (let ((?x17391 (bvlshr (bvsub ?x16081 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16353 (and (bvult ?x17391 ncpu) (bvult (bvsub ?x16081 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17391 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17843 (bvlshr (bvsub ?x16081 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12040 (and (bvult ?x17843 ncpu) (bvult (bvsub ?x16081 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17843 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15093 (bvlshr (bvsub ?x16081 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12554 (and (bvult ?x15093 ncpu) (bvult (bvsub ?x16081 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15093 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3879 (bvlshr (bvsub ?x17449 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17209 (and (bvult ?x3879 ncpu) (bvult (bvsub ?x17449 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3879 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17598 (bvlshr (bvsub ?x17449 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4524 (and (bvult ?x17598 ncpu) (bvult (bvsub ?x17449 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17598 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3042 (bvlshr (bvsub ?x17449 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17577 (and (bvult ?x3042 ncpu) (bvult (bvsub ?x17449 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3042 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17577 $x4524 $x17209 (bvult (bvsub ?x17449 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12554 $x12040 $x16353 (bvult (bvsub ?x16081 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
