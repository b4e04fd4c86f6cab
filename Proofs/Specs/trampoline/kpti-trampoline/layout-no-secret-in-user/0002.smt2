; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:50:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!11 () (_ BitVec 64))
(declare-fun p!10 () (_ BitVec 64))
(declare-fun c!13 () (_ BitVec 64))
(declare-fun c!12 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1037 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv48234496 64) (_ bv0 64)) offset!11) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x896 (bvadd (bvadd (_ bv48234496 64) (_ bv0 64)) offset!11)))
 (let ((?x1276 (bvsub ?x896 (_ bv4294967296 64))))
 (let ((?x969 (bvudiv ?x1276 (_ bv4096 64))))
 (let (($x1038 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x969 nproc) $x1037)))
 (let (($x938 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x896 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1234 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x962 (and $x1234 (bvult (bvudiv (bvsub ?x896 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1186 (and $x1234 (bvult (bvudiv (bvsub ?x896 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1156 (and (not (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x896 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x896 (_ bv50331648 64)) (_ bv4096 64))) (not $x1186) (not $x962) (not $x938) (not $x1038))))
 (let ((?x1269 (bvsub ?x896 (_ bv67108864 64))))
 (let ((?x1227 (bvurem ?x1269 (_ bv65536 64))))
 (let (($x964 (and (bvuge ?x1227 (_ bv4096 64)) (bvult ?x1227 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1048 (and (and (bvuge ?x1227 (_ bv0 64)) (bvult ?x1227 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x964))))
 (let (($x1198 (or (and (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x896 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x896 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1186 $x1048 true) (and $x1186 $x964 false) (and $x962 true true) (and $x938 true false) (and $x1038 true (= ?x969 p!10)) (and $x1156 false))))
 (let (($x1099 (or (and (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x896 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x896 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1186 $x1048 (not true)) (and $x1186 $x964 (not false)) (and $x962 true (not true)) (and $x938 true (not false)) (and $x1038 true (not (= ?x969 p!10))) (and $x1156 (not false)))))
 (let ((?x738 (bvadd (_ bv18446741874687344640 64) (bvmul c!13 (_ bv65536 64)))))
 (let ((?x808 (bvand (bvadd (_ bv18446744071593525248 64) offset!11) (_ bv18446744073709547520 64))))
 (let (($x895 (and (bvult c!13 ncpu) (or (bvult (bvsub ?x738 ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 ?x738) (_ bv24576 64))))))
 (let (($x695 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!12 (_ bv65536 64))) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (bvadd (_ bv18446612686364999680 64) (bvmul c!12 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x831 (or (bvult (bvsub (_ bv0 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x914 (or $x831 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!12 ncpu) $x695) $x895)))
 (and (bvult p!10 nproc) (bvult offset!11 (_ bv4096 64)) $x914 (or $x1099 (not $x1198))))))))))))))))))))))))))
(check-sat)
