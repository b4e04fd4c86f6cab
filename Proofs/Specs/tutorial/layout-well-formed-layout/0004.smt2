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
 (let ((?x413 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x473 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))))
 (let ((?x377 (bvadd ?x473 ?x413)))
 (let (($x653 (or (and (bvult ?x473 (_ bv140737488355328 64)) (bvult ?x377 (_ bv140737488355328 64))) (and (bvuge ?x473 (_ bv18446603336221196288 64)) (bvuge ?x377 (_ bv18446603336221196288 64))))))
 (let (($x912 (or (not (= (bvand ?x473 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv33554432 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x473) ((_ zero_extend 1) ?x413))) (_ bv0 1))) (not $x653))))
 (and (bvugt (_ bv8192 64) (_ bv0 64)) $x912)))))))
(check-sat)
