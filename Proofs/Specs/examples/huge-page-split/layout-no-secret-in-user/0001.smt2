; isocheck proof obligation
; spec: Specs/examples/huge-page-split.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-split.isospec:20:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun offset!1 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x94 (bvult (bvsub (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!1) (_ bv16777216 64)) (_ bv14680064 64))))
 (let (($x93 (not $x94)))
 (let (($x124 (or (or (and $x94 true (not false)) (and $x93 (not false))) (not (or (and $x94 true false) (and $x93 false))))))
 (let ((?x109 (bvadd (_ bv18446744071578845184 64) slide)))
 (let ((?x104 (bvadd ?x109 (_ bv14680064 64))))
 (let ((?x106 (bvand (bvadd ?x109 offset!1) (_ bv18446744073707454464 64))))
 (and (bvult offset!1 (_ bv14680064 64)) (or (bvult (bvsub ?x104 ?x106) (_ bv2097152 64)) (bvult (bvsub ?x106 ?x104) (_ bv8192 64))) $x124))))))))
(check-sat)
