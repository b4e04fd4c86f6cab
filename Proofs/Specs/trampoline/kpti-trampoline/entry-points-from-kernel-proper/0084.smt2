; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x5801 (bvadd ?x5362 (_ bv18446744073709551536 64))))
 (let ((?x1420 (bvlshr (bvsub ?x5801 ?x3273) (_ bv16 64))))
 (let (($x4710 (and (bvult ?x1420 ncpu) (bvult (bvsub ?x5801 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x1420 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x8166 (bvlshr (bvsub ?x5801 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4054 (and (bvult ?x8166 ncpu) (bvult (bvsub ?x5801 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8166 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x4054 $x4710))))))))))))
(check-sat)
