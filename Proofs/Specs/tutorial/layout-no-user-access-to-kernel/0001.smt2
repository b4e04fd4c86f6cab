; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-user-access-to-kernel
; property: no-user-access-to-kernel
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:47:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!4 () (_ BitVec 64))
(declare-fun p!3 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x413 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!3 (_ bv4096 64))) (_ bv0 64)) offset!4)))
 (let ((?x795 (bvsub ?x413 (_ bv4294967296 64))))
 (let (($x753 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x795 (_ bv4096 64)) nproc) (bvult (bvurem ?x795 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x911 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x413 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x757 (and (not (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64))) (not $x911) (not $x753))))
 (let ((?x368 (bvsub ?x413 (_ bv67108864 64))))
 (let ((?x910 (bvurem ?x368 (_ bv65536 64))))
 (let (($x364 (and (bvuge ?x910 (_ bv4096 64)) (bvult ?x910 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x859 (and (and (bvuge ?x910 (_ bv0 64)) (bvult ?x910 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x364))))
 (let (($x740 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x911 $x859 true) (and $x911 $x364 false) (and $x753 true true) (and $x757 false))))
 (let (($x739 (or (and (bvult (bvsub ?x413 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x413 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x911 $x859 (not true)) (and $x911 $x364 (not false)) (and $x753 true (not true)) (and $x757 (not false)))))
 (and (bvult p!3 nproc) (bvult offset!4 (_ bv4096 64)) (or $x739 (not $x740)))))))))))))))
(check-sat)
