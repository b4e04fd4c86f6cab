; isocheck proof obligation
; spec: Specs/examples/huge-page-split.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-split.isospec:22:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun page!3 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let ((?x121 (bvsub (_ bv2088960 64) (_ bv1 64))))
 (let ((?x180 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x110 (bvadd ?x180 (_ bv8192 64))))
 (let ((?x40 (bvadd ?x110 ?x121)))
 (let (($x458 (or (and (bvult ?x110 (_ bv140737488355328 64)) (bvult ?x40 (_ bv140737488355328 64))) (and (bvuge ?x110 (_ bv18446603336221196288 64)) (bvuge ?x40 (_ bv18446603336221196288 64))))))
 (let (($x434 (or (not (= (bvand ?x110 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv2088960 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv31465472 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x110) ((_ zero_extend 1) ?x121))) (_ bv0 1))) (not $x458))))
 (let (($x108 (or (bvult (bvsub ?x180 (bvand (bvadd ?x110 page!3) (_ bv18446744073709547520 64))) (_ bv4096 64)) (bvult (bvsub (bvand (bvadd ?x110 page!3) (_ bv18446744073709547520 64)) ?x180) (_ bv8192 64)))))
 (and (bvugt (_ bv2088960 64) (_ bv0 64)) (bvult page!3 (_ bv2088960 64)) $x108 $x434)))))))))
(check-sat)
