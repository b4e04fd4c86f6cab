; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:59:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!25 () (_ BitVec 64))
(declare-fun c!24 () (_ BitVec 64))
(declare-fun p!23 () (_ BitVec 64))
(declare-fun c!27 () (_ BitVec 64))
(declare-fun c!26 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x591 (bvadd (bvadd (bvadd (_ bv134217728 64) (bvmul c!24 (_ bv65536 64))) (_ bv0 64)) offset!25)))
 (let ((?x1149 (bvsub ?x591 (_ bv4294967296 64))))
 (let (($x908 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1149 (_ bv4096 64)) nproc) (bvult (bvurem ?x1149 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x303 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x591 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1166 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x876 (and $x1166 (bvult (bvudiv (bvsub ?x591 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x985 (and $x1166 (bvult (bvudiv (bvsub ?x591 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1369 (and (not (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64))) (not $x985) (not $x876) (not $x303) (not $x908))))
 (let ((?x1156 (bvsub ?x591 (_ bv67108864 64))))
 (let ((?x1050 (bvurem ?x1156 (_ bv65536 64))))
 (let (($x1122 (and (bvuge ?x1050 (_ bv4096 64)) (bvult ?x1050 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1088 (and (and (bvuge ?x1050 (_ bv0 64)) (bvult ?x1050 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1122))))
 (let (($x888 (or (and (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x985 $x1088 true) (and $x985 $x1122 false) (and $x876 true true) (and $x303 true false) (and $x908 true (= (bvudiv ?x1149 (_ bv4096 64)) p!23)) (and $x1369 false))))
 (let (($x915 (or (and (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x985 $x1088 (not true)) (and $x985 $x1122 (not false)) (and $x876 true (not true)) (and $x303 true (not false)) (and $x908 true (not (= (bvudiv ?x1149 (_ bv4096 64)) p!23))) (and $x1369 (not false)))))
 (let ((?x821 (bvadd (_ bv18446741874687344640 64) (bvmul c!27 (_ bv65536 64)))))
 (let ((?x847 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!24 (_ bv65536 64))) offset!25) (_ bv18446744073709547520 64))))
 (let (($x900 (and (bvult c!27 ncpu) (or (bvult (bvsub ?x821 ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 ?x821) (_ bv24576 64))))))
 (let (($x547 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!26 (_ bv65536 64))) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (bvadd (_ bv18446612686364999680 64) (bvmul c!26 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x255 (or (bvult (bvsub (_ bv0 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x588 (or $x255 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!26 ncpu) $x547) $x900)))
 (and (bvult p!23 nproc) (bvult c!24 ncpu) (bvult offset!25 (_ bv24576 64)) $x588 (or $x915 (not $x888))))))))))))))))))))))))
(check-sat)
