; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:47:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!14 () (_ BitVec 64))
(declare-fun p!13 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x413 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!13 (_ bv4096 64))) (_ bv0 64)) offset!14)))
 (let ((?x696 (bvsub ?x413 (_ bv4294967296 64))))
 (let (($x633 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x696 (_ bv4096 64)) nproc) (bvult (bvurem ?x696 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x896 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x795 (and (not (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64))) (not $x896) (not $x633))))
 (let ((?x368 (bvsub ?x413 (_ bv67108864 64))))
 (let ((?x910 (bvurem ?x368 (_ bv65536 64))))
 (let (($x797 (and (bvuge ?x910 (_ bv4096 64)) (bvult ?x910 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x753 (and (and (bvuge ?x910 (_ bv0 64)) (bvult ?x910 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x797))))
 (let (($x591 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x896 $x753 true) (and $x896 $x797 false) (and $x633 true (= (bvudiv ?x696 (_ bv4096 64)) p!13)) (and $x795 false))))
 (let (($x615 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x896 $x753 (not true)) (and $x896 $x797 (not false)) (and $x633 true (not (= (bvudiv ?x696 (_ bv4096 64)) p!13))) (and $x795 (not false)))))
 (and (bvult p!13 nproc) (bvult offset!14 (_ bv4096 64)) (or $x615 (not $x591)))))))))))))))
(check-sat)
