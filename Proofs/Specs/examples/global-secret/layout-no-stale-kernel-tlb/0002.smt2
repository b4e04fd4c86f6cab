; isocheck proof obligation
; spec: Specs/examples/global-secret.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: holds for every parameter value
; at: Specs/examples/global-secret.isospec:16:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!2 () (_ BitVec 64))
(assert
 (let (($x22 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!2) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x19 (not $x22)))
 (let (($x120 (or (or (and $x22 true (not true)) (and $x19 (not false))) (not (or (and $x22 true true) (and $x19 false))))))
 (and (bvult offset!2 (_ bv4096 64)) $x120)))))
(check-sat)
