; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:62:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!34 () (_ BitVec 64))
(declare-fun p!33 () (_ BitVec 64))
(declare-fun c!36 () (_ BitVec 64))
(declare-fun c!35 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x1412 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!33 (_ bv4096 64))) (_ bv0 64)) offset!34)))
 (let ((?x1089 (bvsub ?x1412 (_ bv4294967296 64))))
 (let (($x1317 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1089 (_ bv4096 64)) nproc) (bvult (bvurem ?x1089 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x967 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x1412 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x1412 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x958 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x643 (and $x958 (bvult (bvudiv (bvsub ?x1412 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1412 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1088 (and $x958 (bvult (bvudiv (bvsub ?x1412 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1412 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x962 (and (not (bvult (bvsub ?x1412 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x1412 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x1412 (_ bv50331648 64)) (_ bv4096 64))) (not $x1088) (not $x643) (not $x967) (not $x1317))))
 (let ((?x1090 (bvsub ?x1412 (_ bv67108864 64))))
 (let ((?x1147 (bvurem ?x1090 (_ bv65536 64))))
 (let (($x752 (and (bvuge ?x1147 (_ bv4096 64)) (bvult ?x1147 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x303 (and (and (bvuge ?x1147 (_ bv0 64)) (bvult ?x1147 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x752))))
 (let (($x1134 (or (and (bvult (bvsub ?x1412 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x1412 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x1412 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1088 $x303 true) (and $x1088 $x752 false) (and $x643 true true) (and $x967 true false) (and $x1317 true (= (bvudiv ?x1089 (_ bv4096 64)) p!33)) (and $x962 false))))
 (let (($x954 (or (and (bvult (bvsub ?x1412 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x1412 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x1412 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1088 $x303 (not true)) (and $x1088 $x752 (not false)) (and $x643 true (not true)) (and $x967 true (not false)) (and $x1317 true (not (= (bvudiv ?x1089 (_ bv4096 64)) p!33))) (and $x962 (not false)))))
 (let ((?x738 (bvadd (_ bv18446741874687344640 64) (bvmul c!36 (_ bv65536 64)))))
 (let ((?x792 (bvand (bvadd (_ bv4194304 64) offset!34) (_ bv18446744073709547520 64))))
 (let (($x895 (and (bvult c!36 ncpu) (or (bvult (bvsub ?x738 ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 ?x738) (_ bv24576 64))))))
 (let (($x695 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!35 (_ bv65536 64))) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (bvadd (_ bv18446612686364999680 64) (bvmul c!35 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x245 (or (bvult (bvsub (_ bv0 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x896 (or $x245 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!35 ncpu) $x695) $x895)))
 (and (bvult p!33 nproc) (bvult offset!34 (_ bv4096 64)) $x896 (or $x954 (not $x1134))))))))))))))))))))))))
(check-sat)
