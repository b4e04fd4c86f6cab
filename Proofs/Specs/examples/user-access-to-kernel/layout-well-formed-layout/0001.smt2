; isocheck proof obligation
; spec: Specs/examples/user-access-to-kernel.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/user-access-to-kernel.isospec:11:1
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(assert
 (let (($x98 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv8589934592 64)) ((_ zero_extend 1) (bvmul (_ bv4 64) (_ bv4096 64))))) (_ bv0 1))))
 (let (($x12 (bvuge (_ bv4 64) (_ bv1 64))))
 (let (($x92 (and $x12 (not (= ((_ extract 127 64) (bvmul ((_ zero_extend 64) (_ bv4 64)) ((_ zero_extend 64) (_ bv4096 64)))) (_ bv0 64))))))
 (or (and $x12 (bvult (_ bv4096 64) (_ bv4096 64))) (and $x12 (= (_ bv4096 64) (_ bv0 64))) $x92 (and $x12 (not $x98)))))))
(check-sat)
