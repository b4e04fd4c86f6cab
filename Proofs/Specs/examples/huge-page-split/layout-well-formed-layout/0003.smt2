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
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let ((?x108 (bvsub (_ bv2088960 64) (_ bv1 64))))
 (let ((?x105 (bvadd (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64)) (_ bv8192 64))))
 (let ((?x120 (bvadd ?x105 ?x108)))
 (let (($x40 (or (and (bvult ?x105 (_ bv140737488355328 64)) (bvult ?x120 (_ bv140737488355328 64))) (and (bvuge ?x105 (_ bv18446603336221196288 64)) (bvuge ?x120 (_ bv18446603336221196288 64))))))
 (let (($x181 (or (not (= (bvand ?x105 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv2088960 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv31465472 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x105) ((_ zero_extend 1) ?x108))) (_ bv0 1))) (not $x40))))
 (and (bvugt (_ bv2088960 64) (_ bv0 64)) $x181)))))))
(check-sat)
