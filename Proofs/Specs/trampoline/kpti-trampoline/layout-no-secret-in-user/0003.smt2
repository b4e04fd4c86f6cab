; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:56:3
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
 (let (($x958 (bvult (bvurem (bvsub (bvadd (bvadd (_ bv50331648 64) (_ bv0 64)) offset!15) (_ bv4294967296 64)) (_ bv4096 64)) (_ bv4096 64))))
 (let ((?x900 (bvadd (bvadd (_ bv50331648 64) (_ bv0 64)) offset!15)))
 (let ((?x992 (bvsub ?x900 (_ bv4294967296 64))))
 (let ((?x643 (bvudiv ?x992 (_ bv4096 64))))
 (let (($x969 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult ?x643 nproc) $x958)))
 (let (($x995 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x900 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1358 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1166 (and $x1358 (bvult (bvudiv (bvsub ?x900 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1359 (and $x1358 (bvult (bvudiv (bvsub ?x900 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x900 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1048 (and (not (bvult (bvsub ?x900 (_ bv50331648 64)) (_ bv4096 64))) (not $x1359) (not $x1166) (not $x995) (not $x969))))
 (let ((?x729 (bvsub ?x900 (_ bv67108864 64))))
 (let ((?x688 (bvurem ?x729 (_ bv65536 64))))
 (let (($x1144 (and (bvuge ?x688 (_ bv4096 64)) (bvult ?x688 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1089 (and (and (bvuge ?x688 (_ bv0 64)) (bvult ?x688 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1144))))
 (let (($x1284 (or (and (bvult (bvsub ?x900 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1359 $x1089 true) (and $x1359 $x1144 false) (and $x1166 true true) (and $x995 true false) (and $x969 true (= ?x643 p!14)) (and $x1048 false))))
 (let (($x1157 (or (and (bvult (bvsub ?x900 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1359 $x1089 (not true)) (and $x1359 $x1144 (not false)) (and $x1166 true (not true)) (and $x995 true (not false)) (and $x969 true (not (= ?x643 p!14))) (and $x1048 (not false)))))
 (let ((?x601 (bvadd (_ bv18446741874687344640 64) (bvmul c!17 (_ bv65536 64)))))
 (let ((?x705 (bvand (bvadd (_ bv18446741874686296064 64) offset!15) (_ bv18446744073709547520 64))))
 (let (($x302 (and (bvult c!17 ncpu) (or (bvult (bvsub ?x601 ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 ?x601) (_ bv24576 64))))))
 (let (($x1448 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!16 (_ bv65536 64))) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (bvadd (_ bv18446612686364999680 64) (bvmul c!16 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x818 (or (bvult (bvsub (_ bv0 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x895 (or $x818 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x705) (_ bv4096 64)) (bvult (bvsub ?x705 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!16 ncpu) $x1448) $x302)))
 (and (bvult p!14 nproc) (bvult offset!15 (_ bv4096 64)) $x895 (or $x1157 (not $x1284))))))))))))))))))))))))))
(check-sat)
