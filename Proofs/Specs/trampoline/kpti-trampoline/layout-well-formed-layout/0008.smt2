; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:58:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!10 () (_ BitVec 64))
(declare-fun p!9 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x808 (bvsub (_ bv65536 64) (_ bv1 64))))
 (let ((?x831 (bvmul c!10 (_ bv65536 64))))
 (let ((?x292 (bvadd (_ bv18446612686364999680 64) ?x831)))
 (let ((?x1075 (bvadd ?x292 ?x808)))
 (let (($x1536 (or (and (bvult ?x292 (_ bv140737488355328 64)) (bvult ?x1075 (_ bv140737488355328 64))) (and (bvuge ?x292 (_ bv18446603336221196288 64)) (bvuge ?x1075 (_ bv18446603336221196288 64))))))
 (let (($x1393 (or (not (= (bvand ?x292 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv65536 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv67108864 64) ?x831) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x292) ((_ zero_extend 1) ?x808))) (_ bv0 1))) (not $x1536) (bvuge c!10 ncpu))))
 (and (bvult p!9 nproc) (bvult c!10 ncpu) (bvugt (_ bv65536 64) (_ bv0 64)) $x1393))))))))
(check-sat)
