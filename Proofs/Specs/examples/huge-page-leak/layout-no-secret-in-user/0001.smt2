; isocheck proof obligation
; spec: Specs/examples/huge-page-leak.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-leak.isospec:22:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun offset!1 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x95 (bvult (bvsub (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!1) (_ bv16777216 64)) (_ bv14680064 64))))
 (let (($x94 (not $x95)))
 (let (($x123 (or (or (and $x95 true (not false)) (and $x94 (not false))) (not (or (and $x95 true false) (and $x94 false))))))
 (let ((?x110 (bvadd (_ bv18446744071578845184 64) slide)))
 (let ((?x106 (bvadd ?x110 (_ bv14680064 64))))
 (let ((?x107 (bvand (bvadd ?x110 offset!1) (_ bv18446744073707454464 64))))
 (and (bvult offset!1 (_ bv14680064 64)) (or (bvult (bvsub ?x106 ?x107) (_ bv2097152 64)) (bvult (bvsub ?x107 ?x106) (_ bv8192 64))) $x123))))))))
(check-sat)
