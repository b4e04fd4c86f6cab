; isocheck proof obligation
; spec: Specs/examples/global-secret.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/global-secret.isospec:15:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(assert
 (let (($x41 (or (and (bvult (_ bv18446744071578845184 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv18446744071578845184 64) (bvsub (_ bv2097152 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv18446744071578845184 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv18446744071578845184 64) (bvsub (_ bv2097152 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x30 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv18446744071578845184 64)) ((_ zero_extend 1) (bvsub (_ bv2097152 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x43 (or (not (= (bvand (_ bv18446744071578845184 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (_ bv2097152 64) (_ bv2097151 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv17592186044416 64) (_ bv0 64)) (_ bv2097151 64)) (_ bv0 64))) (not $x30) (not $x41))))
 (and (bvugt (_ bv2097152 64) (_ bv0 64)) $x43)))))
(check-sat)
