; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:39:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!11 () (_ BitVec 64))
(declare-fun c!10 () (_ BitVec 64))
(declare-fun p!9 () (_ BitVec 64))
(declare-fun c!12 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x885 (bvadd (bvadd (bvadd (_ bv67108864 64) (bvmul c!10 (_ bv65536 64))) (_ bv0 64)) offset!11)))
 (let ((?x615 (bvsub ?x885 (_ bv4294967296 64))))
 (let (($x677 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x615 (_ bv4096 64)) nproc) (bvult (bvurem ?x615 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x696 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x885 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x885 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x968 (and (not (bvult (bvsub ?x885 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x885 (_ bv33554432 64)) (_ bv8192 64))) (not $x696) (not $x677))))
 (let ((?x753 (bvsub ?x885 (_ bv67108864 64))))
 (let ((?x735 (bvurem ?x753 (_ bv65536 64))))
 (let (($x634 (and (bvuge ?x735 (_ bv4096 64)) (bvult ?x735 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x779 (and (and (bvuge ?x735 (_ bv0 64)) (bvult ?x735 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x634))))
 (let (($x1031 (or (and (bvult (bvsub ?x885 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x885 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x696 $x779 true) (and $x696 $x634 false) (and $x677 true (= (bvudiv ?x615 (_ bv4096 64)) p!9)) (and $x968 false))))
 (let (($x476 (or (and (bvult (bvsub ?x885 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x885 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x696 $x779 (not true)) (and $x696 $x634 (not false)) (and $x677 true (not (= (bvudiv ?x615 (_ bv4096 64)) p!9))) (and $x968 (not false)))))
 (let ((?x378 (bvadd (_ bv18446741874686296064 64) (bvmul c!12 (_ bv65536 64)))))
 (let ((?x414 (bvand (bvadd (bvadd (_ bv18446741874686296064 64) (bvmul c!10 (_ bv65536 64))) offset!11) (_ bv18446744073709547520 64))))
 (let (($x895 (and (bvult c!12 ncpu) (or (bvult (bvsub ?x378 ?x414) (_ bv4096 64)) (bvult (bvsub ?x414 ?x378) (_ bv4096 64))))))
 (let (($x386 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x414) (_ bv4096 64)) (bvult (bvsub ?x414 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!9 nproc) (bvult c!10 ncpu) (bvult offset!11 (_ bv65536 64)) (or $x386 $x895) (or $x476 (not $x1031)))))))))))))))))))
(check-sat)
