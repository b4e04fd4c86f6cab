; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-secret-in-user
; property: no-secret-in-user
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:58:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!20 () (_ BitVec 64))
(declare-fun c!19 () (_ BitVec 64))
(declare-fun p!18 () (_ BitVec 64))
(declare-fun c!22 () (_ BitVec 64))
(declare-fun c!21 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x591 (bvadd (bvadd (bvadd (_ bv67108864 64) (bvmul c!19 (_ bv65536 64))) (_ bv0 64)) offset!20)))
 (let ((?x1451 (bvsub ?x591 (_ bv4294967296 64))))
 (let (($x355 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1451 (_ bv4096 64)) nproc) (bvult (bvurem ?x1451 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x1047 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x591 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x953 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1134 (and $x953 (bvult (bvudiv (bvsub ?x591 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1156 (and $x953 (bvult (bvudiv (bvsub ?x591 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x591 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x712 (and (not (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64))) (not $x1156) (not $x1134) (not $x1047) (not $x355))))
 (let ((?x1046 (bvsub ?x591 (_ bv67108864 64))))
 (let ((?x967 (bvurem ?x1046 (_ bv65536 64))))
 (let (($x1090 (and (bvuge ?x967 (_ bv4096 64)) (bvult ?x967 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1234 (and (and (bvuge ?x967 (_ bv0 64)) (bvult ?x967 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x1090))))
 (let (($x888 (or (and (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1156 $x1234 true) (and $x1156 $x1090 false) (and $x1134 true true) (and $x1047 true false) (and $x355 true (= (bvudiv ?x1451 (_ bv4096 64)) p!18)) (and $x712 false))))
 (let (($x908 (or (and (bvult (bvsub ?x591 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x591 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x591 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1156 $x1234 (not true)) (and $x1156 $x1090 (not false)) (and $x1134 true (not true)) (and $x1047 true (not false)) (and $x355 true (not (= (bvudiv ?x1451 (_ bv4096 64)) p!18))) (and $x712 (not false)))))
 (let ((?x821 (bvadd (_ bv18446741874687344640 64) (bvmul c!22 (_ bv65536 64)))))
 (let ((?x847 (bvand (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!19 (_ bv65536 64))) offset!20) (_ bv18446744073709547520 64))))
 (let (($x900 (and (bvult c!22 ncpu) (or (bvult (bvsub ?x821 ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 ?x821) (_ bv24576 64))))))
 (let (($x547 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!21 (_ bv65536 64))) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (bvadd (_ bv18446612686364999680 64) (bvmul c!21 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x255 (or (bvult (bvsub (_ bv0 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x588 (or $x255 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x847) (_ bv4096 64)) (bvult (bvsub ?x847 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!21 ncpu) $x547) $x900)))
 (and (bvult p!18 nproc) (bvult c!19 ncpu) (bvult offset!20 (_ bv65536 64)) $x588 (or $x908 (not $x888))))))))))))))))))))))))
(check-sat)
