; isocheck proof obligation
; spec: Specs/examples/user-access-to-kernel.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/user-access-to-kernel.isospec:16:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun p!2 () (_ BitVec 64))
(assert
 (let ((?x92 (bvsub (_ bv4096 64) (_ bv1 64))))
 (let ((?x88 (bvmul p!2 (_ bv4096 64))))
 (let ((?x89 (bvadd (_ bv139637976727552 64) ?x88)))
 (let ((?x196 (bvadd ?x89 ?x92)))
 (let (($x177 (or (and (bvult ?x89 (_ bv140737488355328 64)) (bvult ?x196 (_ bv140737488355328 64))) (and (bvuge ?x89 (_ bv18446603336221196288 64)) (bvuge ?x196 (_ bv18446603336221196288 64))))))
 (let (($x190 (or (not (= (bvand ?x89 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv8589934592 64) ?x88) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x89) ((_ zero_extend 1) ?x92))) (_ bv0 1))) (not $x177) (bvuge p!2 (_ bv4 64)))))
 (and (bvult p!2 (_ bv4 64)) (bvugt (_ bv4096 64) (_ bv0 64)) $x190))))))))
(check-sat)
