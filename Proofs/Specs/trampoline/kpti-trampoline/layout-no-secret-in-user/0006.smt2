; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:55:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!30 () (_ BitVec 64))
(declare-fun c!29 () (_ BitVec 64))
(declare-fun p!28 () (_ BitVec 64))
(declare-fun c!32 () (_ BitVec 64))
(declare-fun c!31 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x688 (bvadd (bvadd (bvadd (_ bv268435456 64) (bvmul c!29 (_ bv16384 64))) (_ bv0 64)) offset!30)))
 (let ((?x662 (bvsub ?x688 (_ bv4294967296 64))))
 (let (($x1269 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x662 (_ bv4096 64)) nproc) (bvult (bvurem ?x662 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x1234 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x688 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x688 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1037 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1184 (and $x1037 (bvult (bvudiv (bvsub ?x688 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x688 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1451 (and $x1037 (bvult (bvudiv (bvsub ?x688 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x688 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1173 (and (not (bvult (bvsub ?x688 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x688 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x688 (_ bv50331648 64)) (_ bv4096 64))) (not $x1451) (not $x1184) (not $x1234) (not $x1269))))
 (let ((?x1018 (bvsub ?x688 (_ bv67108864 64))))
 (let ((?x1276 (bvurem ?x1018 (_ bv65536 64))))
 (let (($x977 (and (bvuge ?x1276 (_ bv4096 64)) (bvult ?x1276 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1099 (and (and (bvuge ?x1276 (_ bv0 64)) (bvult ?x1276 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x977))))
 (let (($x5871 (or (and (bvult (bvsub ?x688 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x688 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x688 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1451 $x1099 true) (and $x1451 $x977 false) (and $x1184 true true) (and $x1234 true false) (and $x1269 true (= (bvudiv ?x662 (_ bv4096 64)) p!28)) (and $x1173 false))))
 (let (($x1224 (or (and (bvult (bvsub ?x688 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x688 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x688 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1451 $x1099 (not true)) (and $x1451 $x977 (not false)) (and $x1184 true (not true)) (and $x1234 true (not false)) (and $x1269 true (not (= (bvudiv ?x662 (_ bv4096 64)) p!28))) (and $x1173 (not false)))))
 (let ((?x913 (bvadd (_ bv18446741874687344640 64) (bvmul c!32 (_ bv65536 64)))))
 (let ((?x818 (bvand (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!29 (_ bv16384 64))) offset!30) (_ bv18446744073709547520 64))))
 (let (($x896 (and (bvult c!32 ncpu) (or (bvult (bvsub ?x913 ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 ?x913) (_ bv24576 64))))))
 (let (($x249 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64))) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x694 (or (bvult (bvsub (_ bv0 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x900 (or $x694 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!31 ncpu) $x249) $x896)))
 (and (bvult p!28 nproc) (bvult c!29 ncpu) (bvult offset!30 (_ bv16384 64)) $x900 (or $x1224 (not $x5871))))))))))))))))))))))))
(check-sat)
