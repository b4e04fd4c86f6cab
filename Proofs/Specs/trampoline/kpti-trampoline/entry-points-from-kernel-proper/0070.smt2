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
 (let ((?x1603 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x909 (bvadd (_ bv18446741874687344640 64) ?x1603)))
 (let ((?x3273 (bvadd ?x909 (_ bv4096 64))))
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x2599 (bvadd ?x5362 (_ bv18446744073709551592 64))))
 (let ((?x11157 (bvlshr (bvsub ?x2599 ?x3273) (_ bv16 64))))
 (let (($x11134 (and (bvult ?x11157 ncpu) (bvult (bvsub ?x2599 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x11157 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x8417 (bvlshr (bvsub ?x2599 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8158 (and (bvult ?x8417 ncpu) (bvult (bvsub ?x2599 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8417 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x8158 $x11134))))))))))))
(check-sat)
