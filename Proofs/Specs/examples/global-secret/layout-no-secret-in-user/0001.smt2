; isocheck proof obligation
; spec: Specs/examples/global-secret.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/global-secret.isospec:20:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!1 () (_ BitVec 64))
(assert
 (let (($x18 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!1) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x19 (not $x18)))
 (let (($x29 (or (or (and $x18 true (not true)) (and $x19 (not false))) (not (or (and $x18 true true) (and $x19 false))))))
 (and (bvult offset!1 (_ bv4096 64)) $x29)))))
(check-sat)
