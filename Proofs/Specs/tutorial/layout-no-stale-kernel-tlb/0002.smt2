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
(declare-fun offset!5 () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!4 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x739 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let (($x510 (bvult (bvudiv (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5) (_ bv4294967296 64)) (_ bv4096 64)) nproc)))
 (let (($x740 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x510 $x739)))
 (let ((?x897 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5)))
 (let ((?x838 (bvsub ?x897 (_ bv67108864 64))))
 (let ((?x839 (bvurem ?x838 (_ bv65536 64))))
 (let (($x922 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv ?x838 (_ bv65536 64)) ncpu) (bvult ?x839 (_ bv65536 64)))))
 (let (($x431 (and (not (bvult (bvsub ?x897 (_ bv33554432 64)) (_ bv8192 64))) (not $x922) (not $x740))))
 (let (($x779 (and (bvuge ?x839 (_ bv4096 64)) (bvult ?x839 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x757 (and (and (bvuge ?x839 (_ bv0 64)) (bvult ?x839 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x779))))
 (let (($x351 (or (and (bvult (bvsub ?x897 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x922 $x757 true) (and $x922 $x779 false) (and $x740 true false) (and $x431 false))))
 (let (($x458 (or (and (bvult (bvsub ?x897 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x922 $x757 (not true)) (and $x922 $x779 (not false)) (and $x740 true (not false)) (and $x431 (not false)))))
 (let ((?x369 (bvadd (_ bv18446741874686296064 64) (bvmul c!6 (_ bv65536 64)))))
 (let ((?x405 (bvand (bvadd (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) offset!5) (_ bv18446744073709547520 64))))
 (let (($x912 (and (bvult c!6 ncpu) (or (bvult (bvsub ?x369 ?x405) (_ bv4096 64)) (bvult (bvsub ?x405 ?x369) (_ bv4096 64))))))
 (let (($x367 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x405) (_ bv4096 64)) (bvult (bvsub ?x405 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!4 nproc) (bvult offset!5 (_ bv8192 64)) (or $x367 $x912) (or $x458 (not $x351))))))))))))))))))))
(check-sat)
