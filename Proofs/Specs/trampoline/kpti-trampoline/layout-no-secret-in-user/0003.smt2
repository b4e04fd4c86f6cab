; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:51:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!15 () (_ BitVec 64))
(declare-fun p!14 () (_ BitVec 64))
(declare-fun c!17 () (_ BitVec 64))
(declare-fun c!16 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1156 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv50331648 64) (_ bv0 64)) offset!15) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x874 (bvadd (bvadd (_ bv50331648 64) (_ bv0 64)) offset!15)))
 (let ((?x1330 (bvsub ?x874 (_ bv4294967296 64))))
 (let ((?x1088 (bvudiv ?x1330 (_ bv4096 64))))
 (let (($x1067 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x1088 nproc) $x1156)))
 (let (($x992 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x874 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x874 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1144 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x938 (and $x1144 (bvult (bvudiv (bvsub ?x874 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x874 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1090 (and $x1144 (bvult (bvudiv (bvsub ?x874 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x874 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1194 (and (not (bvult (bvsub ?x874 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x874 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x874 (_ bv50331648 64)) (_ bv4096 64))) (not $x1090) (not $x938) (not $x992) (not $x1067))))
 (let ((?x1173 (bvsub ?x874 (_ bv67108864 64))))
 (let ((?x1134 (bvurem ?x1173 (_ bv65536 64))))
 (let (($x1247 (and (bvuge ?x1134 (_ bv4096 64)) (bvult ?x1134 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1149 (and (and (bvuge ?x1134 (_ bv0 64)) (bvult ?x1134 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1247))))
 (let (($x1157 (or (and (bvult (bvsub ?x874 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x874 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x874 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1090 $x1149 true) (and $x1090 $x1247 false) (and $x938 true true) (and $x992 true false) (and $x1067 true (= ?x1088 p!14)) (and $x1194 false))))
 (let (($x1413 (or (and (bvult (bvsub ?x874 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x874 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x874 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1090 $x1149 (not true)) (and $x1090 $x1247 (not false)) (and $x938 true (not true)) (and $x992 true (not false)) (and $x1067 true (not (= ?x1088 p!14))) (and $x1194 (not false)))))
 (let ((?x601 (bvadd (_ bv18446741874687344640 64) (bvmul c!17 (_ bv65536 64)))))
 (let ((?x705 (bvand (bvadd (_ bv18446741874686296064 64) offset!15) (_ bv18446744073709547520 64))))
 (let (($x302 (and (bvult c!17 ncpu) (or (bvult (bvsub ?x601 ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 ?x601) (_ bv24576 64))))))
 (let (($x1448 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!16 (_ bv65536 64))) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (bvadd (_ bv18446612686364999680 64) (bvmul c!16 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x818 (or (bvult (bvsub (_ bv0 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x895 (or $x818 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!16 ncpu) $x1448) $x302)))
 (and (bvult p!14 nproc) (bvult offset!15 (_ bv4096 64)) $x895 (or $x1413 (not $x1157))))))))))))))))))))))))))
(check-sat)
