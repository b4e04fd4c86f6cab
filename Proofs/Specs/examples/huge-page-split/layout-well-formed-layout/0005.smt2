; isocheck proof obligation
; spec: Specs/examples/huge-page-split.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-split.isospec:21:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun page!2 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let ((?x117 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x110 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x287 (bvadd ?x110 ?x117)))
 (let (($x458 (or (and (bvult ?x110 (_ bv140737488355328 64)) (bvult ?x287 (_ bv140737488355328 64))) (and (bvuge ?x110 (_ bv18446603336221196288 64)) (bvuge ?x287 (_ bv18446603336221196288 64))))))
 (let (($x434 (or (not (= (bvand ?x110 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv31457280 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x110) ((_ zero_extend 1) ?x117))) (_ bv0 1))) (not $x458))))
 (let (($x108 (or (bvult (bvsub ?x110 (bvand (bvadd ?x110 page!2) (_ bv18446744073709547520 64))) (_ bv4096 64)) (bvult (bvsub (bvand (bvadd ?x110 page!2) (_ bv18446744073709547520 64)) ?x110) (_ bv8192 64)))))
 (and (bvugt (_ bv8192 64) (_ bv0 64)) (bvult page!2 (_ bv8192 64)) $x108 $x434))))))))
(check-sat)
