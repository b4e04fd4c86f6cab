; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:55:3
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
 (let (($x995 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv48234496 64) (_ bv0 64)) offset!11) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x900 (bvadd (bvadd (_ bv48234496 64) (_ bv0 64)) offset!11)))
 (let ((?x875 (bvsub ?x900 (_ bv4294967296 64))))
 (let ((?x1452 (bvudiv ?x875 (_ bv4096 64))))
 (let (($x1005 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x1452 nproc) $x995)))
 (let (($x1230 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x900 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1412 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1006 (and $x1412 (bvult (bvudiv (bvsub ?x900 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1413 (and $x1412 (bvult (bvudiv (bvsub ?x900 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x969 (and (not (bvult (bvsub ?x900 (_ bv48234496 64)) (_ bv4096 64))) (not $x1413) (not $x1006) (not $x1230) (not $x1005))))
 (let ((?x591 (bvsub ?x900 (_ bv67108864 64))))
 (let ((?x688 (bvurem ?x591 (_ bv65536 64))))
 (let (($x1227 (and (bvuge ?x688 (_ bv4096 64)) (bvult ?x688 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1186 (and (and (bvuge ?x688 (_ bv0 64)) (bvult ?x688 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1227))))
 (let (($x1284 (or (and (bvult (bvsub ?x900 (_ bv48234496 64)) (_ bv4096 64)) true true) (and $x1413 $x1186 true) (and $x1413 $x1227 false) (and $x1006 true true) (and $x1230 true false) (and $x1005 true (= ?x1452 p!10)) (and $x969 false))))
 (let (($x1122 (or (and (bvult (bvsub ?x900 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and $x1413 $x1186 (not true)) (and $x1413 $x1227 (not false)) (and $x1006 true (not true)) (and $x1230 true (not false)) (and $x1005 true (not (= ?x1452 p!10))) (and $x969 (not false)))))
 (let ((?x738 (bvadd (_ bv18446741874687344640 64) (bvmul c!13 (_ bv65536 64)))))
 (let ((?x808 (bvand (bvadd (_ bv18446744071593525248 64) offset!11) (_ bv18446744073709547520 64))))
 (let (($x895 (and (bvult c!13 ncpu) (or (bvult (bvsub ?x738 ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 ?x738) (_ bv24576 64))))))
 (let (($x695 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!12 (_ bv65536 64))) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (bvadd (_ bv18446612686364999680 64) (bvmul c!12 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x831 (or (bvult (bvsub (_ bv0 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x914 (or $x831 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x808) (_ bv4096 64)) (bvult (bvsub ?x808 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!12 ncpu) $x695) $x895)))
 (and (bvult p!10 nproc) (bvult offset!11 (_ bv4096 64)) $x914 (or $x1122 (not $x1284))))))))))))))))))))))))))
(check-sat)
