; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:37:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!7 () (_ BitVec 64))
(declare-fun p!6 () (_ BitVec 64))
(declare-fun c!8 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x777 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x924 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7)))
 (let ((?x634 (bvsub ?x924 (_ bv4294967296 64))))
 (let ((?x591 (bvudiv ?x634 (_ bv4096 64))))
 (let (($x615 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x591 nproc) $x777)))
 (let (($x778 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x696 (and (not (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64))) (not $x778) (not $x615))))
 (let ((?x838 (bvsub ?x924 (_ bv67108864 64))))
 (let ((?x821 (bvurem ?x838 (_ bv65536 64))))
 (let (($x677 (and (bvuge ?x821 (_ bv4096 64)) (bvult ?x821 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x654 (and (and (bvuge ?x821 (_ bv0 64)) (bvult ?x821 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x677))))
 (let (($x552 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x778 $x654 true) (and $x778 $x677 false) (and $x615 true (= ?x591 p!6)) (and $x696 false))))
 (let (($x573 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x778 $x654 (not true)) (and $x778 $x677 (not false)) (and $x615 true (not (= ?x591 p!6))) (and $x696 (not false)))))
 (let ((?x387 (bvadd (_ bv18446741874686296064 64) (bvmul c!8 (_ bv65536 64)))))
 (let ((?x471 (bvand (bvadd (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) offset!7) (_ bv18446744073709547520 64))))
 (let (($x369 (and (bvult c!8 ncpu) (or (bvult (bvsub ?x387 ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 ?x387) (_ bv4096 64))))))
 (let (($x385 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!6 nproc) (bvult offset!7 (_ bv8192 64)) (or $x385 $x369) (or $x573 (not $x552)))))))))))))))))))))
(check-sat)
