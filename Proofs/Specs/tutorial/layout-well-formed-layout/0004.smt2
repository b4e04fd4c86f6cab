; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:37:3
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
 (let ((?x403 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x412 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))))
 (let ((?x367 (bvadd ?x412 ?x403)))
 (let (($x586 (or (and (bvult ?x412 (_ bv140737488355328 64)) (bvult ?x367 (_ bv140737488355328 64))) (and (bvuge ?x412 (_ bv18446603336221196288 64)) (bvuge ?x367 (_ bv18446603336221196288 64))))))
 (let (($x463 (or (not (= (bvand ?x412 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv33554432 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x412) ((_ zero_extend 1) ?x403))) (_ bv0 1))) (not $x586))))
 (and (bvugt (_ bv8192 64) (_ bv0 64)) $x463)))))))
(check-sat)
