; isocheck proof obligation
; spec: Specs/examples/huge-page-leak.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/huge-page-leak.isospec:23:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let ((?x105 (bvsub (_ bv2097152 64) (_ bv1 64))))
 (let ((?x111 (bvadd (bvadd (_ bv18446744071578845184 64) slide) (_ bv14680064 64))))
 (let ((?x118 (bvadd ?x111 ?x105)))
 (let (($x126 (or (and (bvult ?x111 (_ bv140737488355328 64)) (bvult ?x118 (_ bv140737488355328 64))) (and (bvuge ?x111 (_ bv18446603336221196288 64)) (bvuge ?x118 (_ bv18446603336221196288 64))))))
 (let (($x21 (or (not (= (bvand ?x111 (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv2097152 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv31457280 64) (_ bv2097151 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x111) ((_ zero_extend 1) ?x105))) (_ bv0 1))) (not $x126))))
 (and (bvugt (_ bv2097152 64) (_ bv0 64)) $x21)))))))
(check-sat)
