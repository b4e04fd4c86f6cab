; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:59:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!34 () (_ BitVec 64))
(declare-fun c!37 () (_ BitVec 64))
(declare-fun page!35 () (_ BitVec 64))
(declare-fun c!36 () (_ BitVec 64))
(declare-fun p!33 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x787 (bvsub (_ bv24576 64) (_ bv1 64))))
 (let ((?x245 (bvmul c!34 (_ bv65536 64))))
 (let ((?x292 (bvadd (_ bv18446741874687344640 64) ?x245)))
 (let ((?x1297 (bvadd ?x292 ?x787)))
 (let (($x1730 (or (and (bvult ?x292 (_ bv140737488355328 64)) (bvult ?x1297 (_ bv140737488355328 64))) (and (bvuge ?x292 (_ bv18446603336221196288 64)) (bvuge ?x1297 (_ bv18446603336221196288 64))))))
 (let (($x1749 (or (not (= (bvand ?x292 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv24576 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv134217728 64) ?x245) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x292) ((_ zero_extend 1) ?x787))) (_ bv0 1))) (not $x1730) (bvuge c!34 ncpu))))
 (let ((?x1556 (bvadd (_ bv18446741874687344640 64) (bvmul c!37 (_ bv65536 64)))))
 (let ((?x1545 (bvand (bvadd ?x292 page!35) (_ bv18446744073709547520 64))))
 (let (($x1137 (and (bvult c!37 ncpu) (or (bvult (bvsub ?x1556 ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 ?x1556) (_ bv24576 64))))))
 (let (($x1546 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!36 (_ bv65536 64))) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (bvadd (_ bv18446612686364999680 64) (bvmul c!36 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x847 (or (bvult (bvsub (_ bv0 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x1108 (or $x847 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!36 ncpu) $x1546) $x1137)))
 (and (bvult p!33 nproc) (bvult c!34 ncpu) (bvugt (_ bv24576 64) (_ bv0 64)) (bvult page!35 (_ bv24576 64)) $x1108 $x1749))))))))))))))
(check-sat)
