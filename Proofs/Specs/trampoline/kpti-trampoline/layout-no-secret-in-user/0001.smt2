; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:54:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!7 () (_ BitVec 64))
(declare-fun p!6 () (_ BitVec 64))
(declare-fun c!9 () (_ BitVec 64))
(declare-fun c!8 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1247 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x896 (bvadd (bvadd (_ bv33554432 64) (_ bv0 64)) offset!7)))
 (let ((?x1050 (bvsub ?x896 (_ bv4294967296 64))))
 (let ((?x1237 (bvudiv ?x1050 (_ bv4096 64))))
 (let (($x1230 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x1237 nproc) $x1247)))
 (let (($x1048 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x896 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1451 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1089 (and $x1451 (bvult (bvudiv (bvsub ?x896 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1412 (and $x1451 (bvult (bvudiv (bvsub ?x896 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x896 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x995 (and (not (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64))) (not $x1412) (not $x1089) (not $x1048) (not $x1230))))
 (let ((?x662 (bvsub ?x896 (_ bv67108864 64))))
 (let ((?x729 (bvurem ?x662 (_ bv65536 64))))
 (let (($x1330 (and (bvuge ?x729 (_ bv4096 64)) (bvult ?x729 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1269 (and (and (bvuge ?x729 (_ bv0 64)) (bvult ?x729 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1330))))
 (let (($x1122 (or (and (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and $x1412 $x1269 true) (and $x1412 $x1330 false) (and $x1089 true true) (and $x1048 true false) (and $x1230 true (= ?x1237 p!6)) (and $x995 false))))
 (let (($x958 (or (and (bvult (bvsub ?x896 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and $x1412 $x1269 (not true)) (and $x1412 $x1330 (not false)) (and $x1089 true (not true)) (and $x1048 true (not false)) (and $x1230 true (not (= ?x1237 p!6))) (and $x995 (not false)))))
 (let ((?x738 (bvadd (_ bv18446741874687344640 64) (bvmul c!9 (_ bv65536 64)))))
 (let ((?x808 (bvand (bvadd (_ bv18446744071578845184 64) offset!7) (_ bv18446744073707454464 64))))
 (let (($x895 (and (bvult c!9 ncpu) (or (bvult (bvsub ?x738 ?x808) (_ bv2097152 64)) (bvult (bvsub ?x808 ?x738) (_ bv24576 64))))))
 (let (($x695 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!8 (_ bv65536 64))) ?x808) (_ bv2097152 64)) (bvult (bvsub ?x808 (bvadd (_ bv18446612686364999680 64) (bvmul c!8 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x831 (or (bvult (bvsub (_ bv0 64) ?x808) (_ bv2097152 64)) (bvult (bvsub ?x808 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x914 (or $x831 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x808) (_ bv2097152 64)) (bvult (bvsub ?x808 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x808) (_ bv2097152 64)) (bvult (bvsub ?x808 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!8 ncpu) $x695) $x895)))
 (and (bvult p!6 nproc) (bvult offset!7 (_ bv14680064 64)) $x914 (or $x958 (not $x1122))))))))))))))))))))))))))
(check-sat)
