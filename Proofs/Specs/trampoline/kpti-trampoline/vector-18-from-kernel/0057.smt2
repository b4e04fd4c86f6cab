; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x865 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x4464 (bvadd ?x865 (_ bv4096 64))))
 (let ((?x10130 (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16352 64))))
 (let ((?x9920 (bvlshr (bvsub ?x10130 ?x4464) (_ bv16 64))))
 (let (($x8945 (and (bvult ?x9920 ncpu) (bvult (bvsub ?x10130 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x9920 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x10206 (bvlshr (bvsub ?x10130 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4149 (and (bvult ?x10206 ncpu) (bvult (bvsub ?x10130 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10206 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x4149 $x8945)))))))))))
(check-sat)
