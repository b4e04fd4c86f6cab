; isocheck proof obligation
; spec: Specs/examples/percpu-entry-area-off-by-one.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/percpu-entry-area-off-by-one.isospec:24:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun c!2 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv8192 64))))
(assert
 (let ((?x697 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x705 (bvadd (_ bv18446741874686296064 64) (bvmul c!2 (_ bv8192 64)))))
 (let ((?x589 (bvadd ?x705 ?x697)))
 (let (($x641 (or (and (bvult ?x705 (_ bv140737488355328 64)) (bvult ?x589 (_ bv140737488355328 64))) (and (bvuge ?x705 (_ bv18446603336221196288 64)) (bvuge ?x589 (_ bv18446603336221196288 64))))))
 (let (($x606 (or (not (= (bvand ?x705 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv134217728 64) (bvmul c!2 (_ bv266240 64))) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x705) ((_ zero_extend 1) ?x697))) (_ bv0 1))) (not $x641))))
 (and (bvult c!2 ncpu) (bvugt (_ bv8192 64) (_ bv0 64)) $x606)))))))
(check-sat)
