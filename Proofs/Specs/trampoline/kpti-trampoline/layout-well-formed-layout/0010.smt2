; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:60:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!14 () (_ BitVec 64))
(declare-fun p!13 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x680 (bvsub (_ bv16384 64) (_ bv1 64))))
 (let ((?x831 (bvmul c!14 (_ bv16384 64))))
 (let ((?x292 (bvadd (_ bv18446683600570023936 64) ?x831)))
 (let ((?x1414 (bvadd ?x292 ?x680)))
 (let (($x1536 (or (and (bvult ?x292 (_ bv140737488355328 64)) (bvult ?x1414 (_ bv140737488355328 64))) (and (bvuge ?x292 (_ bv18446603336221196288 64)) (bvuge ?x1414 (_ bv18446603336221196288 64))))))
 (let (($x1393 (or (not (= (bvand ?x292 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv16384 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv268435456 64) ?x831) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x292) ((_ zero_extend 1) ?x680))) (_ bv0 1))) (not $x1536) (bvuge c!14 ncpu))))
 (and (bvult p!13 nproc) (bvult c!14 ncpu) (bvugt (_ bv16384 64) (_ bv0 64)) $x1393))))))))
(check-sat)
