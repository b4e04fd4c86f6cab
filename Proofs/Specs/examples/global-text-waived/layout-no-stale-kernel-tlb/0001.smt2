; isocheck proof obligation
; spec: Specs/examples/global-text-waived.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: counterexample
; at: Specs/examples/global-text-waived.isospec:16:3
; expected: sat
; isocheck
(set-info :status sat)
(set-logic QF_BV)
(declare-fun offset!1 () (_ BitVec 64))
(assert
 (let (($x18 (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!1) (_ bv17592186044416 64)) (_ bv2097152 64))))
 (let (($x19 (not $x18)))
 (let (($x28 (or (or (and $x18 true (not false)) (and $x19 (not false))) (not (or (and $x18 true false) (and $x19 false))))))
 (and (bvult offset!1 (_ bv2097152 64)) $x28)))))
(check-sat)
