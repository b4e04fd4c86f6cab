; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:180:3
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
 (let ((?x909 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x909)))
 (let ((?x13462 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x21237 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x12196 (bvadd ?x21237 (_ bv18446744073709551560 64))))
 (let ((?x29654 (bvlshr (bvsub ?x12196 ?x13462) (_ bv16 64))))
 (let (($x35212 (and (bvult ?x29654 ncpu) (bvult (bvsub ?x12196 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x29654 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x12111 (bvlshr (bvsub ?x12196 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x35008 (bvult (bvsub ?x12196 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12111 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x35635 (bvult ?x12111 ncpu)))
 (not (or (and $x35635 $x35008) $x35212)))))))))))))
(check-sat)
