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
 (let (($x860 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x895 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7)))
 (let ((?x698 (bvsub ?x895 (_ bv4294967296 64))))
 (let ((?x676 (bvudiv ?x698 (_ bv4096 64))))
 (let (($x654 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x676 nproc) $x860)))
 (let (($x839 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x895 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x895 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x758 (and (not (bvult (bvsub ?x895 (_ bv33554432 64)) (_ bv8192 64))) (not $x839) (not $x654))))
 (let ((?x364 (bvsub ?x895 (_ bv67108864 64))))
 (let ((?x834 (bvurem ?x364 (_ bv65536 64))))
 (let (($x757 (and (bvuge ?x834 (_ bv4096 64)) (bvult ?x834 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x716 (and (and (bvuge ?x834 (_ bv0 64)) (bvult ?x834 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x757))))
 (let (($x616 (or (and (bvult (bvsub ?x895 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x839 $x716 true) (and $x839 $x757 false) (and $x654 true (= ?x676 p!6)) (and $x758 false))))
 (let (($x591 (or (and (bvult (bvsub ?x895 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x839 $x716 (not true)) (and $x839 $x757 (not false)) (and $x654 true (not (= ?x676 p!6))) (and $x758 (not false)))))
 (let ((?x387 (bvadd (_ bv18446741874686296064 64) (bvmul c!8 (_ bv65536 64)))))
 (let ((?x471 (bvand (bvadd (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) offset!7) (_ bv18446744073709547520 64))))
 (let (($x369 (and (bvult c!8 ncpu) (or (bvult (bvsub ?x387 ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 ?x387) (_ bv4096 64))))))
 (let (($x385 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!6 nproc) (bvult offset!7 (_ bv8192 64)) (or $x385 $x369) (or $x591 (not $x616)))))))))))))))))))))
(check-sat)
