; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:191:3
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
 (let ((?x733 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x733)))
 (let ((?x412 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x28823 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x54029 (bvadd ?x28823 (_ bv18446744073709551512 64))))
 (let ((?x51497 (bvlshr (bvsub ?x54029 ?x412) (_ bv16 64))))
 (let (($x27241 (and (bvult ?x51497 ncpu) (bvult (bvsub ?x54029 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x51497 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x44560 (bvlshr (bvsub ?x54029 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x32146 (bvult (bvsub ?x54029 (bvadd (_ bv18446683600570023936 64) (bvmul ?x44560 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x50136 (bvult ?x44560 ncpu)))
 (not (or (and $x50136 $x32146) $x27241)))))))))))))
(check-sat)
