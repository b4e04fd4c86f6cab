; isocheck proof obligation
; spec: Specs/examples/global-text-waived.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: holds for every parameter value
; at: Specs/examples/global-text-waived.isospec:17:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!2 () (_ BitVec 64))
(assert
 (let (($x20 (and (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!2) (_ bv17592186044416 64)) (_ bv2097152 64))) (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!2) (_ bv17594333528064 64)) (_ bv4096 64))))))
 (let (($x19 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!2) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x21 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!2) (_ bv17592186044416 64)) (_ bv2097152 64))))
 (let (($x35 (or (and $x21 true false) (and $x19 true true) (and $x20 false))))
 (let (($x34 (or (and $x21 true (not false)) (and $x19 true (not true)) (and $x20 (not false)))))
 (and (bvult offset!2 (_ bv4096 64)) (or $x34 (not $x35)))))))))
(check-sat)
