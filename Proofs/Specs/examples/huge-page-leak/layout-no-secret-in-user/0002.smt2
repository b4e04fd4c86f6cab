; isocheck proof obligation
; spec: Specs/examples/huge-page-leak.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: counterexample
; at: Specs/examples/huge-page-leak.isospec:23:3
; expected: sat
; isocheck
(set-info :status sat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun offset!2 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x134 (and (not (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31457280 64)) (_ bv8192 64))) (not (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31465472 64)) (_ bv2088960 64))))))
 (let (($x133 (or (and (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31457280 64)) (_ bv8192 64)) true true) (and (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31465472 64)) (_ bv2088960 64)) true false) (and $x134 false))))
 (let (($x123 (not false)))
 (let (($x118 (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31465472 64)) (_ bv2088960 64))))
 (let (($x96 (bvult (bvsub (bvadd (_ bv31457280 64) offset!2) (_ bv31457280 64)) (_ bv8192 64))))
 (let (($x132 (or (and $x96 true (not true)) (and $x118 true $x123) (and $x134 $x123))))
 (let ((?x110 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x109 (bvand (bvadd ?x110 offset!2) (_ bv18446744073707454464 64))))
 (and (bvult offset!2 (_ bv2097152 64)) (or (bvult (bvsub ?x110 ?x109) (_ bv2097152 64)) (bvult (bvsub ?x109 ?x110) (_ bv8192 64))) (or $x132 (not $x133))))))))))))
(check-sat)
