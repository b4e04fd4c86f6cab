; isocheck proof obligation
; spec: Specs/examples/global-text-waived.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: holds for every parameter value
; at: Specs/examples/global-text-waived.isospec:21:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!3 () (_ BitVec 64))
(assert
 (let (($x22 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!3) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x25 (not $x22)))
 (let (($x120 (or (or (and $x22 true (not true)) (and $x25 (not false))) (not (or (and $x22 true true) (and $x25 false))))))
 (and (bvult offset!3 (_ bv4096 64)) $x120)))))
(check-sat)
