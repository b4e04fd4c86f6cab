; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:57:3
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
 (let ((?x638 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!33 (_ bv4096 64))) (_ bv0 64)) offset!34)))
 (let ((?x954 (bvsub ?x638 (_ bv4294967296 64))))
 (let (($x1173 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x954 (_ bv4096 64)) nproc) (bvult (bvurem ?x954 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x1048 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x638 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x638 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1452 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1147 (and $x1452 (bvult (bvudiv (bvsub ?x638 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x638 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1088 (and $x1452 (bvult (bvudiv (bvsub ?x638 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x638 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x729 (and (not (bvult (bvsub ?x638 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x638 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x638 (_ bv50331648 64)) (_ bv4096 64))) (not $x1088) (not $x1147) (not $x1048) (not $x1173))))
 (let ((?x1276 (bvsub ?x638 (_ bv67108864 64))))
 (let ((?x1451 (bvurem ?x1276 (_ bv65536 64))))
 (let (($x960 (and (bvuge ?x1451 (_ bv4096 64)) (bvult ?x1451 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x995 (and (and (bvuge ?x1451 (_ bv0 64)) (bvult ?x1451 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x960))))
 (let (($x876 (or (and (bvult (bvsub ?x638 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x638 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x638 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1088 $x995 true) (and $x1088 $x960 false) (and $x1147 true true) (and $x1048 true false) (and $x1173 true (= (bvudiv ?x954 (_ bv4096 64)) p!33)) (and $x729 false))))
 (let (($x1237 (or (and (bvult (bvsub ?x638 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x638 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x638 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1088 $x995 (not true)) (and $x1088 $x960 (not false)) (and $x1147 true (not true)) (and $x1048 true (not false)) (and $x1173 true (not (= (bvudiv ?x954 (_ bv4096 64)) p!33))) (and $x729 (not false)))))
 (let ((?x738 (bvadd (_ bv18446741874687344640 64) (bvmul c!36 (_ bv65536 64)))))
 (let ((?x792 (bvand (bvadd (_ bv4194304 64) offset!34) (_ bv18446744073709547520 64))))
 (let (($x895 (and (bvult c!36 ncpu) (or (bvult (bvsub ?x738 ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 ?x738) (_ bv24576 64))))))
 (let (($x695 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!35 (_ bv65536 64))) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (bvadd (_ bv18446612686364999680 64) (bvmul c!35 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x245 (or (bvult (bvsub (_ bv0 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x914 (or $x245 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x792) (_ bv4096 64)) (bvult (bvsub ?x792 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!35 ncpu) $x695) $x895)))
 (and (bvult p!33 nproc) (bvult offset!34 (_ bv4096 64)) $x914 (or $x1237 (not $x876))))))))))))))))))))))))
(check-sat)
