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
 (let ((?x91 (bvsub (_ bv4096 64) (_ bv1 64))))
 (let ((?x87 (bvmul p!2 (_ bv4096 64))))
 (let ((?x88 (bvadd (_ bv139637976727552 64) ?x87)))
 (let ((?x202 (bvadd ?x88 ?x91)))
 (let (($x176 (or (and (bvult ?x88 (_ bv140737488355328 64)) (bvult ?x202 (_ bv140737488355328 64))) (and (bvuge ?x88 (_ bv18446603336221196288 64)) (bvuge ?x202 (_ bv18446603336221196288 64))))))
 (let (($x189 (or (not (= (bvand ?x88 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv8589934592 64) ?x87) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x88) ((_ zero_extend 1) ?x91))) (_ bv0 1))) (not $x176) (bvuge p!2 (_ bv4 64)))))
 (and (bvult p!2 (_ bv4 64)) (bvugt (_ bv4096 64) (_ bv0 64)) $x189))))))))
(check-sat)
