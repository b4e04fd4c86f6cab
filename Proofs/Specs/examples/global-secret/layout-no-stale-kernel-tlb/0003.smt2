; isocheck proof obligation
; spec: Specs/examples/global-secret.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: holds for every parameter value
; at: Specs/examples/global-secret.isospec:20:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!3 () (_ BitVec 64))
(assert
 (let (($x24 (and (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!3) (_ bv17592186044416 64)) (_ bv2097152 64))) (not (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!3) (_ bv17594333528064 64)) (_ bv4096 64))))))
 (let (($x22 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!3) (_ bv17594333528064 64)) (_ bv4096 64))))
 (let (($x25 (bvult (bvsub (bvadd (bvadd (_ bv17594333528064 64) (_ bv0 64)) offset!3) (_ bv17592186044416 64)) (_ bv2097152 64))))
 (let (($x36 (or (and $x25 true false) (and $x22 true true) (and $x24 false))))
 (let (($x35 (or (and $x25 true (not false)) (and $x22 true (not true)) (and $x24 (not false)))))
 (and (bvult offset!3 (_ bv4096 64)) (or $x35 (not $x36)))))))))
(check-sat)
