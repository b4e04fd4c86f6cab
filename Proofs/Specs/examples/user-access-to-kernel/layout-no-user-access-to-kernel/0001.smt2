; isocheck proof obligation
; spec: Specs/examples/user-access-to-kernel.isospec
; item: layout no-user-access-to-kernel
; property: no-user-access-to-kernel
; purpose: counterexample
; at: Specs/examples/user-access-to-kernel.isospec:14:3
; expected: sat
; isocheck
(set-info :status sat)
(set-logic QF_BV)
(declare-fun offset!2 () (_ BitVec 64))
(assert
 (let (($x98 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!2) (_ bv8589934592 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let (($x97 (bvult (bvudiv (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!2) (_ bv8589934592 64)) (_ bv4096 64)) (_ bv4 64))))
 (let (($x99 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x97 $x98)))
 (let (($x104 (and (not (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!2) (_ bv17592186044416 64)) (_ bv4096 64))) (not $x99))))
 (let (($x87 (bvult (bvsub (bvadd (bvadd (_ bv17592186044416 64) (_ bv0 64)) offset!2) (_ bv17592186044416 64)) (_ bv4096 64))))
 (let (($x108 (or (and $x87 true false) (and $x99 true true) (and $x104 false))))
 (let (($x107 (or (and $x87 true (not false)) (and $x99 true (not true)) (and $x104 (not false)))))
 (and (bvult offset!2 (_ bv4096 64)) (or $x107 (not $x108)))))))))))
(check-sat)
