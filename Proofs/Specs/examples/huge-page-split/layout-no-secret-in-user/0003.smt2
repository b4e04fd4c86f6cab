; isocheck proof obligation
; spec: Specs/examples/huge-page-split.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-split.isospec:22:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun offset!3 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x121 (bvult (bvsub (bvadd (bvadd (_ bv31465472 64) (_ bv0 64)) offset!3) (_ bv31465472 64)) (_ bv2088960 64))))
 (let (($x116 (not $x121)))
 (let (($x40 (or (or (and $x121 true (not false)) (and $x116 (not false))) (not (or (and $x121 true false) (and $x116 false))))))
 (let ((?x114 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x106 (bvand (bvadd (bvadd ?x114 (_ bv8192 64)) offset!3) (_ bv18446744073709547520 64))))
 (and (bvult offset!3 (_ bv2088960 64)) (or (bvult (bvsub ?x114 ?x106) (_ bv4096 64)) (bvult (bvsub ?x106 ?x114) (_ bv8192 64))) $x40)))))))
(check-sat)
