; isocheck proof obligation
; spec: Specs/examples/percpu-entry-area-off-by-one.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: counterexample
; at: Specs/examples/percpu-entry-area-off-by-one.isospec:24:5
; expected: sat
; isocheck
(set-info :status sat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun offset!3 () (_ BitVec 64))
(declare-fun c!2 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv8192 64))))
(assert
 (let ((?x687 (bvsub (bvadd (bvadd (_ bv134217728 64) (bvmul c!2 (_ bv266240 64))) offset!3) (_ bv134217728 64))))
 (let ((?x678 (bvurem ?x687 (_ bv262144 64))))
 (let (($x670 (and (bvugt (_ bv262144 64) (_ bv0 64)) (bvult (bvudiv ?x687 (_ bv262144 64)) ncpu) (bvult ?x678 (_ bv262144 64)))))
 (let (($x650 (not $x670)))
 (let (($x623 (and (bvuge ?x678 (_ bv8192 64)) (bvult ?x678 (bvadd (_ bv8192 64) (bvsub (_ bv262144 64) (_ bv8192 64)))))))
 (let (($x634 (and (and (bvuge ?x678 (_ bv0 64)) (bvult ?x678 (bvadd (_ bv0 64) (_ bv8192 64)))) (not $x623))))
 (let (($x587 (or (and $x670 $x634 true) (and $x670 $x623 false) (and $x650 false))))
 (let (($x607 (or (and $x670 $x634 (not true)) (and $x670 $x623 (not false)) (and $x650 (not false)))))
 (and (bvult c!2 ncpu) (bvult offset!3 (_ bv8192 64)) (or $x607 (not $x587))))))))))))
(check-sat)
