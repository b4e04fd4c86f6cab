; isocheck proof obligation
; spec: Specs/examples/huge-page-split.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-split.isospec:21:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun offset!2 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x118 (bvult (bvsub (bvadd (bvadd (_ bv31457280 64) (_ bv0 64)) offset!2) (_ bv31457280 64)) (_ bv8192 64))))
 (let (($x93 (not $x118)))
 (let (($x40 (or (or (and $x118 true (not true)) (and $x93 (not false))) (not (or (and $x118 true true) (and $x93 false))))))
 (let ((?x109 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x106 (bvand (bvadd ?x109 offset!2) (_ bv18446744073709547520 64))))
 (and (bvult offset!2 (_ bv8192 64)) (or (bvult (bvsub ?x109 ?x106) (_ bv4096 64)) (bvult (bvsub ?x106 ?x109) (_ bv8192 64))) $x40)))))))
(check-sat)
