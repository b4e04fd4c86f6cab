; isocheck proof obligation
; spec: Specs/examples/misaligned-slide.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: counterexample
; at: Specs/examples/misaligned-slide.isospec:15:3
; expected: sat
; isocheck
(set-info :status sat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv4095 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (let (($x124 (and (bvuge (bvadd (_ bv18446744071562067968 64) slide) (_ bv18446603336221196288 64)) (bvuge (bvadd (bvadd (_ bv18446744071562067968 64) slide) (bvsub (_ bv16777216 64) (_ bv1 64))) (_ bv18446603336221196288 64)))))
 (let (($x121 (and (bvult (bvadd (_ bv18446744071562067968 64) slide) (_ bv140737488355328 64)) (bvult (bvadd (bvadd (_ bv18446744071562067968 64) slide) (bvsub (_ bv16777216 64) (_ bv1 64))) (_ bv140737488355328 64)))))
 (let ((?x112 (bvadd ((_ zero_extend 1) (bvadd (_ bv18446744071562067968 64) slide)) ((_ zero_extend 1) (bvsub (_ bv16777216 64) (_ bv1 64))))))
 (let (($x127 (or (not (= (bvand (bvadd (_ bv18446744071562067968 64) slide) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv16777216 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv16777216 64) (_ bv0 64)) (_ bv2097151 64)) (_ bv0 64))) (not (= ((_ extract 64 64) ?x112) (_ bv0 1))) (not (or $x121 $x124)))))
 (and (bvugt (_ bv16777216 64) (_ bv0 64)) $x127))))))
(check-sat)
