; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:36:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x614 (and (bvuge (bvadd (_ bv18446744071562067968 64) slide) (_ bv18446603336221196288 64)) (bvuge (bvadd (bvadd (_ bv18446744071562067968 64) slide) (bvsub (_ bv16777216 64) (_ bv1 64))) (_ bv18446603336221196288 64)))))
 (let (($x545 (and (bvult (bvadd (_ bv18446744071562067968 64) slide) (_ bv140737488355328 64)) (bvult (bvadd (bvadd (_ bv18446744071562067968 64) slide) (bvsub (_ bv16777216 64) (_ bv1 64))) (_ bv140737488355328 64)))))
 (let ((?x396 (bvadd ((_ zero_extend 1) (bvadd (_ bv18446744071562067968 64) slide)) ((_ zero_extend 1) (bvsub (_ bv16777216 64) (_ bv1 64))))))
 (let (($x586 (or (not (= (bvand (bvadd (_ bv18446744071562067968 64) slide) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv16777216 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv16777216 64) (_ bv0 64)) (_ bv2097151 64)) (_ bv0 64))) (not (= ((_ extract 64 64) ?x396) (_ bv0 1))) (not (or $x545 $x614)))))
 (and (bvugt (_ bv16777216 64) (_ bv0 64)) $x586))))))
(check-sat)
