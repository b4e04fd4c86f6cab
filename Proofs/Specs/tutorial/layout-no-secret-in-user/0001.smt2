; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:36:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!4 () (_ BitVec 64))
(declare-fun p!3 () (_ BitVec 64))
(declare-fun c!5 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x658 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!4) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x924 (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!4)))
 (let ((?x698 (bvsub ?x924 (_ bv4294967296 64))))
 (let ((?x654 (bvudiv ?x698 (_ bv4096 64))))
 (let (($x659 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x654 nproc) $x658)))
 (let (($x821 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x617 (and (not (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64))) (not $x821) (not $x659))))
 (let ((?x860 (bvsub ?x924 (_ bv67108864 64))))
 (let ((?x838 (bvurem ?x860 (_ bv65536 64))))
 (let (($x714 (and (bvuge ?x838 (_ bv4096 64)) (bvult ?x838 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x740 (and (and (bvuge ?x838 (_ bv0 64)) (bvult ?x838 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x714))))
 (let (($x552 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x821 $x740 true) (and $x821 $x714 false) (and $x659 true (= ?x654 p!3)) (and $x617 false))))
 (let (($x596 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x924 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x821 $x740 (not true)) (and $x821 $x714 (not false)) (and $x659 true (not (= ?x654 p!3))) (and $x617 (not false)))))
 (let ((?x387 (bvadd (_ bv18446741874686296064 64) (bvmul c!5 (_ bv65536 64)))))
 (let ((?x471 (bvand (bvadd (bvadd (_ bv18446744071562067968 64) slide) offset!4) (_ bv18446744073707454464 64))))
 (let (($x369 (and (bvult c!5 ncpu) (or (bvult (bvsub ?x387 ?x471) (_ bv2097152 64)) (bvult (bvsub ?x471 ?x387) (_ bv4096 64))))))
 (let (($x385 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x471) (_ bv2097152 64)) (bvult (bvsub ?x471 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!3 nproc) (bvult offset!4 (_ bv16777216 64)) (or $x385 $x369) (or $x596 (not $x552)))))))))))))))))))))
(check-sat)
