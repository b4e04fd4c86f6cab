; isocheck proof obligation
; spec: Specs/examples/user-access-to-kernel.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/user-access-to-kernel.isospec:14:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(assert
 (let (($x198 (or (and (bvult (_ bv18446612682070032384 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv18446612682070032384 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv18446612682070032384 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv18446612682070032384 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x99 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv18446612682070032384 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x194 (or (not (= (bvand (_ bv18446612682070032384 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv17592186044416 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not $x99) (not $x198))))
 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x194)))))
(check-sat)
