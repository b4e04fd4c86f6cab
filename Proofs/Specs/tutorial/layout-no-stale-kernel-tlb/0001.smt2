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
 (let (($x839 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let (($x838 (bvult (bvudiv (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3) (_ bv4294967296 64)) (_ bv4096 64)) nproc)))
 (let (($x795 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x838 $x839)))
 (let ((?x403 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!3)))
 (let ((?x396 (bvsub ?x403 (_ bv67108864 64))))
 (let ((?x386 (bvurem ?x396 (_ bv65536 64))))
 (let (($x378 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv ?x396 (_ bv65536 64)) ncpu) (bvult ?x386 (_ bv65536 64)))))
 (let (($x796 (and (not (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64))) (not $x378) (not $x795))))
 (let (($x883 (and (bvuge ?x386 (_ bv4096 64)) (bvult ?x386 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x897 (and (and (bvuge ?x386 (_ bv0 64)) (bvult ?x386 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x883))))
 (let (($x779 (or (and (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x378 $x897 true) (and $x378 $x883 false) (and $x795 true false) (and $x796 false))))
 (let (($x778 (or (and (bvult (bvsub ?x403 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x378 $x897 (not true)) (and $x378 $x883 (not false)) (and $x795 true (not false)) (and $x796 (not false)))))
 (and (bvult offset!3 (_ bv8192 64)) (or $x778 (not $x779))))))))))))))))
(check-sat)
