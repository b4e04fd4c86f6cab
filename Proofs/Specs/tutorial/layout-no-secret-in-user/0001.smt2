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
 (let (($x697 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!4) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x924 (bvadd (bvadd (_ bv16777216 64) (_ bv0 64)) offset!4)))
 (let ((?x740 (bvsub ?x924 (_ bv4294967296 64))))
 (let ((?x696 (bvudiv ?x740 (_ bv4096 64))))
 (let (($x698 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x696 nproc) $x697)))
 (let (($x859 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x924 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x659 (and (not (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64))) (not $x859) (not $x698))))
 (let ((?x884 (bvsub ?x924 (_ bv67108864 64))))
 (let ((?x858 (bvurem ?x884 (_ bv65536 64))))
 (let (($x797 (and (bvuge ?x858 (_ bv4096 64)) (bvult ?x858 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x778 (and (and (bvuge ?x858 (_ bv0 64)) (bvult ?x858 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x797))))
 (let (($x591 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and $x859 $x778 true) (and $x859 $x797 false) (and $x698 true (= ?x696 p!3)) (and $x659 false))))
 (let (($x635 (or (and (bvult (bvsub ?x924 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and $x859 $x778 (not true)) (and $x859 $x797 (not false)) (and $x698 true (not (= ?x696 p!3))) (and $x659 (not false)))))
 (let ((?x387 (bvadd (_ bv18446741874686296064 64) (bvmul c!5 (_ bv65536 64)))))
 (let ((?x471 (bvand (bvadd (bvadd (_ bv18446744071562067968 64) slide) offset!4) (_ bv18446744073707454464 64))))
 (let (($x369 (and (bvult c!5 ncpu) (or (bvult (bvsub ?x387 ?x471) (_ bv2097152 64)) (bvult (bvsub ?x471 ?x387) (_ bv4096 64))))))
 (let (($x385 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x471) (_ bv2097152 64)) (bvult (bvsub ?x471 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!3 nproc) (bvult offset!4 (_ bv16777216 64)) (or $x385 $x369) (or $x635 (not $x591)))))))))))))))))))))
(check-sat)
