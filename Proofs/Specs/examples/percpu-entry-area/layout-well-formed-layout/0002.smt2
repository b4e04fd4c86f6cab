; isocheck proof obligation
; spec: Specs/examples/percpu-entry-area.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/examples/percpu-entry-area.isospec:25:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun c!2 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv8192 64))))
(assert
 (let ((?x696 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x705 (bvadd (_ bv18446741874686296064 64) (bvmul c!2 (_ bv8192 64)))))
 (let ((?x553 (bvadd ?x705 ?x696)))
 (let (($x652 (or (and (bvult ?x705 (_ bv140737488355328 64)) (bvult ?x553 (_ bv140737488355328 64))) (and (bvuge ?x705 (_ bv18446603336221196288 64)) (bvuge ?x553 (_ bv18446603336221196288 64))))))
 (let (($x651 (or (not (= (bvand ?x705 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv134217728 64) (bvmul c!2 (_ bv262144 64))) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x705) ((_ zero_extend 1) ?x696))) (_ bv0 1))) (not $x652))))
 (and (bvult c!2 ncpu) (bvugt (_ bv8192 64) (_ bv0 64)) $x651)))))))
(check-sat)
