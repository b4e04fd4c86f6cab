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
 (let (($x30 (and (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!1) (_ bv17592186044416 64)) (_ bv2097152 64))) (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!1) (_ bv17594333528064 64)) (_ bv4096 64))))))
 (let (($x25 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!1) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x19 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!1) (_ bv17592186044416 64)) (_ bv2097152 64))))
 (let (($x34 (or (and $x19 true false) (and $x25 true true) (and $x30 false))))
 (let (($x33 (or (and $x19 true (not false)) (and $x25 true (not true)) (and $x30 (not false)))))
 (and (bvult offset!1 (_ bv4096 64)) (or $x33 (not $x34)))))))))
(check-sat)
