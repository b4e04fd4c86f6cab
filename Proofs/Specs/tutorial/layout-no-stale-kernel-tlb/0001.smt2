; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-stale-kernel-tlb
; property: no-stale-kernel-tlb
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:37:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!3 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x796 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let (($x777 (bvult (bvudiv (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3) (_ bv4294967296 64)) (_ bv4096 64)) nproc)))
 (let (($x797 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x777 $x796)))
 (let ((?x403 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3)))
 (let ((?x378 (bvsub ?x403 (_ bv67108864 64))))
 (let ((?x368 (bvurem ?x378 (_ bv65536 64))))
 (let (($x924 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv ?x378 (_ bv65536 64)) ncpu) (bvult ?x368 (_ bv65536 64)))))
 (let (($x735 (and (not (bvult (bvsub ?x403 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64))) (not $x924) (not $x797))))
 (let (($x858 (and (bvuge ?x368 (_ bv4096 64)) (bvult ?x368 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x364 (and (and (bvuge ?x368 (_ bv0 64)) (bvult ?x368 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x858))))
 (let (($x739 (or (and (bvult (bvsub ?x403 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x924 $x364 true) (and $x924 $x858 false) (and $x797 true false) (and $x735 false))))
 (let (($x714 (or (and (bvult (bvsub ?x403 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x924 $x364 (not true)) (and $x924 $x858 (not false)) (and $x797 true (not false)) (and $x735 (not false)))))
 (and (bvult offset!3 (_ bv8192 64)) (or $x714 (not $x739))))))))))))))))
(check-sat)
