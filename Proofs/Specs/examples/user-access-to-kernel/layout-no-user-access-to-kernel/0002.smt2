; isocheck proof obligation
; spec: Specs/examples/user-access-to-kernel.isospec
; item: layout no-user-access-to-kernel
; property: no-user-access-to-kernel
; purpose: holds for every parameter value
; at: Specs/examples/user-access-to-kernel.isospec:16:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun offset!4 () (_ BitVec 64))
(declare-fun p!3 () (_ BitVec 64))
(assert
 (let ((?x96 (bvadd (bvadd (bvadd (_ bv8589934592 64) (bvmul p!3 (_ bv4096 64))) (_ bv0 64)) offset!4)))
 (let ((?x102 (bvsub ?x96 (_ bv8589934592 64))))
 (let (($x107 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x102 (_ bv4096 64)) (_ bv4 64)) (bvult (bvurem ?x102 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x109 (and (not (bvult (bvsub ?x96 (_ bv17592186044416 64)) (_ bv4096 64))) (not $x107))))
 (let (($x43 (or (and (bvult (bvsub ?x96 (_ bv17592186044416 64)) (_ bv4096 64)) true false) (and $x107 true true) (and $x109 false))))
 (let (($x115 (or (and (bvult (bvsub ?x96 (_ bv17592186044416 64)) (_ bv4096 64)) true (not false)) (and $x107 true (not true)) (and $x109 (not false)))))
 (and (bvult p!3 (_ bv4 64)) (bvult offset!4 (_ bv4096 64)) (or $x115 (not $x43))))))))))
(check-sat)
