; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:50:1
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(assert
 (let (($x8 (bvuge ncpu (_ bv1 64))))
 (and $x8 (bvule ncpu (_ bv64 64)))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x255 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv268435456 64)) ((_ zero_extend 1) (bvmul ncpu (_ bv16384 64))))) (_ bv0 1))))
 (let (($x8 (bvuge ncpu (_ bv1 64))))
 (let (($x778 (not (= ((_ extract 127 64) (bvmul ((_ zero_extend 64) ncpu) ((_ zero_extend 64) (_ bv16384 64)))) (_ bv0 64)))))
 (or (and $x8 (bvult (_ bv16384 64) (_ bv16384 64))) (and $x8 (= (_ bv16384 64) (_ bv0 64))) (and $x8 $x778) (and $x8 (not $x255)))))))
(check-sat)
