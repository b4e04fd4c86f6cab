; isocheck proof obligation
; spec: Specs/examples/percpu-entry-area.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/examples/percpu-entry-area.isospec:25:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun offset!3 () (_ BitVec 64))
(declare-fun c!2 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv8192 64))))
(assert
 (let ((?x687 (bvsub (bvadd (bvadd (_ bv134217728 64) (bvmul c!2 (_ bv262144 64))) offset!3) (_ bv134217728 64))))
 (let ((?x668 (bvurem ?x687 (_ bv262144 64))))
 (let (($x669 (and (bvugt (_ bv262144 64) (_ bv0 64)) (bvult (bvudiv ?x687 (_ bv262144 64)) ncpu) (bvult ?x668 (_ bv262144 64)))))
 (let (($x670 (not $x669)))
 (let (($x643 (and (bvuge ?x668 (_ bv8192 64)) (bvult ?x668 (bvadd (_ bv8192 64) (bvsub (_ bv262144 64) (_ bv8192 64)))))))
 (let (($x633 (and (and (bvuge ?x668 (_ bv0 64)) (bvult ?x668 (bvadd (_ bv0 64) (_ bv8192 64)))) (not $x643))))
 (let (($x607 (or (and $x669 $x633 true) (and $x669 $x643 false) (and $x670 false))))
 (let (($x606 (or (and $x669 $x633 (not true)) (and $x669 $x643 (not false)) (and $x670 (not false)))))
 (and (bvult c!2 ncpu) (bvult offset!3 (_ bv8192 64)) (or $x606 (not $x607))))))))))))
(check-sat)
