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
 (let ((?x672 (bvsub ?x413 (_ bv4294967296 64))))
 (let (($x634 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x672 (_ bv4096 64)) nproc) (bvult (bvurem ?x672 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x911 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x883 (and (not (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64))) (not $x911) (not $x634))))
 (let ((?x368 (bvsub ?x413 (_ bv67108864 64))))
 (let ((?x910 (bvurem ?x368 (_ bv65536 64))))
 (let (($x735 (and (bvuge ?x910 (_ bv4096 64)) (bvult ?x910 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x757 (and (and (bvuge ?x910 (_ bv0 64)) (bvult ?x910 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x735))))
 (let (($x779 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x911 $x757 true) (and $x911 $x735 false) (and $x634 true (= (bvudiv ?x672 (_ bv4096 64)) p!13)) (and $x883 false))))
 (let (($x839 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x911 $x757 (not true)) (and $x911 $x735 (not false)) (and $x634 true (not (= (bvudiv ?x672 (_ bv4096 64)) p!13))) (and $x883 (not false)))))
 (and (bvult p!13 nproc) (bvult offset!14 (_ bv4096 64)) (or $x839 (not $x779)))))))))))))))
(check-sat)
