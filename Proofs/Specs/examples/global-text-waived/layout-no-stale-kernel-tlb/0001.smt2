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
 (let (($x30 (and (not (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!1) (_ bv17592186044416 64)) (_ bv2097152 64))) (not (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!1) (_ bv17594333528064 64)) (_ bv4096 64))))))
 (let (($x25 (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!1) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x18 (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!1) (_ bv17592186044416 64)) (_ bv2097152 64))))
 (let (($x34 (or (and $x18 true false) (and $x25 true true) (and $x30 false))))
 (let (($x33 (or (and $x18 true (not false)) (and $x25 true (not true)) (and $x30 (not false)))))
 (and (bvult offset!1 (_ bv2097152 64)) (or $x33 (not $x34)))))))))
(check-sat)
