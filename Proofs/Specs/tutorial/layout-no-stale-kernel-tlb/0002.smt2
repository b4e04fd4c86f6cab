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
 (let (($x457 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let (($x450 (bvult (bvudiv (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5) (_ bv4294967296 64)) (_ bv4096 64)) nproc)))
 (let (($x431 (and (bvugt (_ bv4096 64) (_ bv0 64)) $x450 $x457)))
 (let ((?x884 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!5)))
 (let ((?x797 (bvsub ?x884 (_ bv67108864 64))))
 (let ((?x394 (bvurem ?x797 (_ bv65536 64))))
 (let (($x735 (and (bvugt (_ bv65536 64) (_ bv0 64)) (bvult (bvudiv ?x797 (_ bv65536 64)) ncpu) (bvult ?x394 (_ bv65536 64)))))
 (let (($x351 (and (not (bvult (bvsub ?x884 (_ bv16777216 64)) (_ bv16777216 64))) (not (bvult (bvsub ?x884 (_ bv33554432 64)) (_ bv8192 64))) (not $x735) (not $x431))))
 (let (($x740 (and (bvuge ?x394 (_ bv4096 64)) (bvult ?x394 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x715 (and (and (bvuge ?x394 (_ bv0 64)) (bvult ?x394 (bvadd (_ bv0 64) (_ bv4096 64)))) (not $x740))))
 (let (($x263 (or (and (bvult (bvsub ?x884 (_ bv16777216 64)) (_ bv16777216 64)) true false) (and (bvult (bvsub ?x884 (_ bv33554432 64)) (_ bv8192 64)) true true) (and $x735 $x715 true) (and $x735 $x740 false) (and $x431 true false) (and $x351 false))))
 (let (($x243 (or (and (bvult (bvsub ?x884 (_ bv16777216 64)) (_ bv16777216 64)) true (not false)) (and (bvult (bvsub ?x884 (_ bv33554432 64)) (_ bv8192 64)) true (not true)) (and $x735 $x715 (not true)) (and $x735 $x740 (not false)) (and $x431 true (not false)) (and $x351 (not false)))))
 (let ((?x368 (bvadd (_ bv18446741874686296064 64) (bvmul c!6 (_ bv65536 64)))))
 (let ((?x405 (bvand (bvadd (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) offset!5) (_ bv18446744073709547520 64))))
 (let (($x896 (and (bvult c!6 ncpu) (or (bvult (bvsub ?x368 ?x405) (_ bv4096 64)) (bvult (bvsub ?x405 ?x368) (_ bv4096 64))))))
 (let (($x367 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x405) (_ bv4096 64)) (bvult (bvsub ?x405 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!4 nproc) (bvult offset!5 (_ bv8192 64)) (or $x367 $x896) (or $x243 (not $x263))))))))))))))))))))
(check-sat)
