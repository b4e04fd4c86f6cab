; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout no-user-access-to-kernel
; property: no-user-access-to-kernel
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:62:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun offset!9 () (_ BitVec 64))
(declare-fun p!8 () (_ BitVec 64))
(declare-fun c!11 () (_ BitVec 64))
(declare-fun c!10 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x1456 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!8 (_ bv4096 64))) (_ bv0 64)) offset!9)))
 (let ((?x1252 (bvsub ?x1456 (_ bv4294967296 64))))
 (let (($x1215 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1252 (_ bv4096 64)) nproc) (bvult (bvurem ?x1252 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x1251 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x1456 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x1456 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1144 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x1264 (and $x1144 (bvult (bvudiv (bvsub ?x1456 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1456 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1549 (and $x1144 (bvult (bvudiv (bvsub ?x1456 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x1456 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1157 (and (not (bvult (bvsub ?x1456 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x1456 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x1456 (_ bv50331648 64)) (_ bv4096 64))) (not $x1549) (not $x1264) (not $x1251) (not $x1215))))
 (let ((?x1234 (bvsub ?x1456 (_ bv67108864 64))))
 (let ((?x1134 (bvurem ?x1234 (_ bv65536 64))))
 (let (($x934 (and (bvuge ?x1134 (_ bv4096 64)) (bvult ?x1134 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x1006 (and (and (bvuge ?x1134 (_ bv0 64)) (bvult ?x1134 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x934))))
 (let (($x1013 (or (and (bvult (bvsub ?x1456 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x1456 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x1456 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1549 $x1006 true) (and $x1549 $x934 false) (and $x1264 true true) (and $x1251 true false) (and $x1215 true true) (and $x1157 false))))
 (let (($x1149 (or (and (bvult (bvsub ?x1456 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x1456 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x1456 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1549 $x1006 (not true)) (and $x1549 $x934 (not false)) (and $x1264 true (not true)) (and $x1251 true (not false)) (and $x1215 true (not true)) (and $x1157 (not false)))))
 (let ((?x876 (bvadd (_ bv18446741874687344640 64) (bvmul c!11 (_ bv65536 64)))))
 (let ((?x718 (bvand (bvadd (_ bv4194304 64) offset!9) (_ bv18446744073709547520 64))))
 (let (($x591 (and (bvult c!11 ncpu) (or (bvult (bvsub ?x876 ?x718) (_ bv4096 64)) (bvult (bvsub ?x718 ?x876) (_ bv24576 64))))))
 (let (($x302 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!10 (_ bv65536 64))) ?x718) (_ bv4096 64)) (bvult (bvsub ?x718 (bvadd (_ bv18446612686364999680 64) (bvmul c!10 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x694 (or (bvult (bvsub (_ bv0 64) ?x718) (_ bv4096 64)) (bvult (bvsub ?x718 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x1358 (or $x694 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x718) (_ bv4096 64)) (bvult (bvsub ?x718 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x718) (_ bv4096 64)) (bvult (bvsub ?x718 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!10 ncpu) $x302) $x591)))
 (and (bvult p!8 nproc) (bvult offset!9 (_ bv4096 64)) $x1358 (or $x1149 (not $x1013))))))))))))))))))))))))
(check-sat)
