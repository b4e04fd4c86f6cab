; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:167:3
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x865 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x5030 (bvadd ?x865 (_ bv4096 64))))
 (let ((?x4300 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x2348 (bvadd ?x4300 (_ bv16352 64))))
 (let ((?x2180 (bvlshr (bvsub ?x2348 ?x5030) (_ bv16 64))))
 (let (($x2233 (and (bvult ?x2180 ncpu) (bvult (bvsub ?x2348 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x2180 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x2341 (bvlshr (bvsub ?x2348 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2199 (and (bvult ?x2341 ncpu) (bvult (bvsub ?x2348 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2341 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x2199 $x2233))))))))))))
(check-sat)
