; isocheck proof obligation
; spec: Specs/examples/percpu-entry-area-off-by-one.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/percpu-entry-area-off-by-one.isospec:17:1
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(assert
 (let (($x7 (bvuge ncpu (_ bv1 64))))
 (and $x7 (bvule ncpu (_ bv8192 64)))))
(assert
 (let (($x669 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv134217728 64)) ((_ zero_extend 1) (bvmul ncpu (_ bv262144 64))))) (_ bv0 1))))
 (let (($x7 (bvuge ncpu (_ bv1 64))))
 (let (($x677 (not (= ((_ extract 127 64) (bvmul ((_ zero_extend 64) ncpu) ((_ zero_extend 64) (_ bv262144 64)))) (_ bv0 64)))))
 (or (and $x7 (bvult (_ bv262144 64) (_ bv262144 64))) (and $x7 (= (_ bv262144 64) (_ bv0 64))) (and $x7 $x677) (and $x7 (not $x669)))))))
(check-sat)
