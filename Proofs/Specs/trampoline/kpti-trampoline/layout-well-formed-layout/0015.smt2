; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:53:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!29 () (_ BitVec 64))
(declare-fun c!32 () (_ BitVec 64))
(declare-fun page!30 () (_ BitVec 64))
(declare-fun c!31 () (_ BitVec 64))
(declare-fun p!28 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x693 (bvsub (_ bv65536 64) (_ bv1 64))))
 (let ((?x255 (bvmul c!29 (_ bv65536 64))))
 (let ((?x245 (bvadd (_ bv18446612686364999680 64) ?x255)))
 (let ((?x1003 (bvadd ?x245 ?x693)))
 (let (($x755 (or (and (bvult ?x245 (_ bv140737488355328 64)) (bvult ?x1003 (_ bv140737488355328 64))) (and (bvuge ?x245 (_ bv18446603336221196288 64)) (bvuge ?x1003 (_ bv18446603336221196288 64))))))
 (let (($x1574 (or (not (= (bvand ?x245 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv65536 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv67108864 64) ?x255) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x245) ((_ zero_extend 1) ?x693))) (_ bv0 1))) (not $x755) (bvuge c!29 ncpu))))
 (let ((?x1556 (bvadd (_ bv18446741874687344640 64) (bvmul c!32 (_ bv65536 64)))))
 (let ((?x1545 (bvand (bvadd ?x245 page!30) (_ bv18446744073709547520 64))))
 (let (($x358 (and (bvult c!32 ncpu) (or (bvult (bvsub ?x1556 ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 ?x1556) (_ bv24576 64))))))
 (let (($x1546 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64))) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (bvadd (_ bv18446612686364999680 64) (bvmul c!31 (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x778 (or (bvult (bvsub (_ bv0 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x719 (or $x778 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x1545) (_ bv4096 64)) (bvult (bvsub ?x1545 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult c!31 ncpu) $x1546) $x358)))
 (and (bvult p!28 nproc) (bvult c!29 ncpu) (bvugt (_ bv65536 64) (_ bv0 64)) (bvult page!30 (_ bv65536 64)) $x719 $x1574))))))))))))))
(check-sat)
