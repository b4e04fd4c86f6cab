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
(declare-fun offset!7 () (_ BitVec 64))
(declare-fun p!6 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x847 (bvadd (bvadd (bvadd (_ bv4294967296 64) (bvmul p!6 (_ bv4096 64))) (_ bv0 64)) offset!7)))
 (let ((?x1317 (bvsub ?x847 (_ bv4294967296 64))))
 (let (($x1227 (and (bvugt (_ bv4096 64) (_ bv0 64)) (bvult (bvudiv ?x1317 (_ bv4096 64)) nproc) (bvult (bvurem ?x1317 (_ bv4096 64)) (_ bv4096 64)))))
 (let (($x1316 (and (bvugt (_ bv16384 64) (_ bv0 64)) (bvult (bvudiv (bvsub ?x847 (_ bv268435456 64)) (_ bv16384 64)) ncpu) (bvult (bvurem (bvsub ?x847 (_ bv268435456 64)) (_ bv16384 64)) (_ bv16384 64)))))
 (let (($x1432 (bvugt (_ bv65536 64) (_ bv0 64))))
 (let (($x638 (and $x1432 (bvult (bvudiv (bvsub ?x847 (_ bv134217728 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x847 (_ bv134217728 64)) (_ bv65536 64)) (_ bv24576 64)))))
 (let (($x1617 (and $x1432 (bvult (bvudiv (bvsub ?x847 (_ bv67108864 64)) (_ bv65536 64)) ncpu) (bvult (bvurem (bvsub ?x847 (_ bv67108864 64)) (_ bv65536 64)) (_ bv65536 64)))))
 (let (($x1186 (and (not (bvult (bvsub ?x847 (_ bv33554432 64)) (_ bv14680064 64))) (not (bvult (bvsub ?x847 (_ bv48234496 64)) (_ bv4096 64))) (not (bvult (bvsub ?x847 (_ bv50331648 64)) (_ bv4096 64))) (not $x1617) (not $x638) (not $x1316) (not $x1227))))
 (let ((?x1615 (bvsub ?x847 (_ bv67108864 64))))
 (let ((?x1625 (bvurem ?x1615 (_ bv65536 64))))
 (let (($x895 (and (bvuge ?x1625 (_ bv4096 64)) (bvult ?x1625 (bvadd (_ bv4096 64) (bvsub (_ bv65536 64) (_ bv4096 64)))))))
 (let (($x918 (and (and (bvuge ?x1625 (_ bv0 64)) (bvult ?x1625 (bvadd (_ bv0 64) (bvsub (_ bv4096 64) (_ bv0 64))))) (not $x895))))
 (let (($x1046 (or (and (bvult (bvsub ?x847 (_ bv33554432 64)) (_ bv14680064 64)) true false) (and (bvult (bvsub ?x847 (_ bv48234496 64)) (_ bv4096 64)) true true) (and (bvult (bvsub ?x847 (_ bv50331648 64)) (_ bv4096 64)) true true) (and $x1617 $x918 true) (and $x1617 $x895 false) (and $x638 true true) (and $x1316 true false) (and $x1227 true true) (and $x1186 false))))
 (let (($x1144 (or (and (bvult (bvsub ?x847 (_ bv33554432 64)) (_ bv14680064 64)) true (not false)) (and (bvult (bvsub ?x847 (_ bv48234496 64)) (_ bv4096 64)) true (not true)) (and (bvult (bvsub ?x847 (_ bv50331648 64)) (_ bv4096 64)) true (not true)) (and $x1617 $x918 (not true)) (and $x1617 $x895 (not false)) (and $x638 true (not true)) (and $x1316 true (not false)) (and $x1227 true (not true)) (and $x1186 (not false)))))
 (and (bvult p!6 nproc) (bvult offset!7 (_ bv4096 64)) (or $x1144 (not $x1046))))))))))))))))))
(check-sat)
