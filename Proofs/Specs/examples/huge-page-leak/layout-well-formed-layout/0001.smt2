; isocheck proof obligation
; spec: Specs/examples/huge-page-leak.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-leak.isospec:22:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x125 (and (bvuge (bvadd (_ bv18446744071578845184 64) slide) (_ bv18446603336221196288 64)) (bvuge (bvadd (bvadd (_ bv18446744071578845184 64) slide) (bvsub (_ bv14680064 64) (_ bv1 64))) (_ bv18446603336221196288 64)))))
 (let (($x122 (and (bvult (bvadd (_ bv18446744071578845184 64) slide) (_ bv140737488355328 64)) (bvult (bvadd (bvadd (_ bv18446744071578845184 64) slide) (bvsub (_ bv14680064 64) (_ bv1 64))) (_ bv140737488355328 64)))))
 (let ((?x95 (bvadd ((_ zero_extend 1) (bvadd (_ bv18446744071578845184 64) slide)) ((_ zero_extend 1) (bvsub (_ bv14680064 64) (_ bv1 64))))))
 (let (($x21 (or (not (= (bvand (bvadd (_ bv18446744071578845184 64) slide) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv14680064 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv16777216 64) (_ bv0 64)) (_ bv2097151 64)) (_ bv0 64))) (not (= ((_ extract 64 64) ?x95) (_ bv0 1))) (not (or $x122 $x125)))))
 (and (bvugt (_ bv14680064 64) (_ bv0 64)) $x21))))))
(check-sat)
