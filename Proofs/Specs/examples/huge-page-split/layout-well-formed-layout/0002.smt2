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
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let ((?x102 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x105 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x118 (bvadd ?x105 ?x102)))
 (let (($x39 (or (and (bvult ?x105 (_ bv140737488355328 64)) (bvult ?x118 (_ bv140737488355328 64))) (and (bvuge ?x105 (_ bv18446603336221196288 64)) (bvuge ?x118 (_ bv18446603336221196288 64))))))
 (let (($x179 (or (not (= (bvand ?x105 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv31457280 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x105) ((_ zero_extend 1) ?x102))) (_ bv0 1))) (not $x39))))
 (and (bvugt (_ bv8192 64) (_ bv0 64)) $x179)))))))
(check-sat)
