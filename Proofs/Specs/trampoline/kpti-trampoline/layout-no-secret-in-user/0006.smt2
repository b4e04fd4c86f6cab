; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:60:5
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
 (let ((?x1358 (bvadd (bvadd (bvadd (_ bv268435456 64) (bvmul c!29 (_ bv16384 64))) (_ bv0 64)) offset!30)))
 (let ((?x1264 (bvsub ?x1358 (_ bv4294967296 64))))
 (let (($x1316 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1264 (_ bv4096 64)) nproc) (bvult (bvurem ?x1264 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x688 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x1358 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x1358 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x995 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x800 (and $x995 (bvult (bvudiv (bvsub ?x1358 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1358 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1147 (and $x995 (bvult (bvudiv (bvsub ?x1358 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1358 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1317 (and (not (bvult (bvsub ?x1358 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x1358 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x1358 (_ bv50331648 64)) (_ bv4096 64))) (not $x1147) (not $x800) (not $x688) (not $x1316))))
 (let ((?x1032 (bvsub ?x1358 (_ bv67108864 64))))
 (let ((?x1090 (bvurem ?x1032 (_ bv65536 64))))
 (let (($x1048 (and (bvuge ?x1090 (_ bv4096 64)) (bvult ?x1090 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x876 (and (and (bvuge ?x1090 (_ bv0 64)) (bvult ?x1090 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1048))))
 (let (($x898 (or (and (bvult (bvsub ?x1358 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x1358 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x1358 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1147 $x876 true) (and $x1147 $x1048 false) (and $x800 true true) (and $x688 true false) (and $x1316 true (= (bvudiv ?x1264 (_ bv4096 64)) p!28)) (and $x1317 false))))
 (let (($x888 (or (and (bvult (bvsub ?x1358 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x1358 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x1358 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1147 $x876 (not true)) (and $x1147 $x1048 (not false)) (and $x800 true (not true)) (and $x688 true (not false)) (and $x1316 true (not (= (bvudiv ?x1264 (_ bv4096 64)) p!28))) (and $x1317 (not false)))))
 (let ((?x913 (bvadd (_ bv18446741874687344640 64) (bvmul c!32 (_ bv65536 64)))))
 (let ((?x818 (bvand (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!29 (_ bv16384 64))) offset!30) (_ bv18446744073709547520 64))))
 (let (($x588 (and (bvult c!32 ncpu) (or (bvult (bvsub ?x913 ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 ?x913) (_ bv24576 64))))))
 (let (($x249 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64))) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x694 (or (bvult (bvsub (_ bv0 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x703 (or $x694 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x818) (_ bv4096 64)) (bvult (bvsub ?x818 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!31 ncpu) $x249) $x588)))
 (and (bvult p!28 nproc) (bvult c!29 ncpu) (bvult offset!30 (_ bv16384 64)) $x703 (or $x888 (not $x898))))))))))))))))))))))))
(check-sat)
