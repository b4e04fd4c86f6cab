; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:39:5
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!3 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x394 (bvsub (_ bv65536 64) (_ bv1 64))))
 (let ((?x412 (bvmul c!3 (_ bv65536 64))))
 (let ((?x413 (bvadd (_ bv18446741874686296064 64) ?x412)))
 (let ((?x367 (bvadd ?x413 ?x394)))
 (let (($x463 (or (and (bvult ?x413 (_ bv140737488355328 64)) (bvult ?x367 (_ bv140737488355328 64))) (and (bvuge ?x413 (_ bv18446603336221196288 64)) (bvuge ?x367 (_ bv18446603336221196288 64))))))
 (let (($x715 (or (not (= (bvand ?x413 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv65536 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv67108864 64) ?x412) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x413) ((_ zero_extend 1) ?x394))) (_ bv0 1))) (not $x463) (bvuge c!3 ncpu))))
 (and (bvult c!3 ncpu) (bvugt (_ bv65536 64) (_ bv0 64)) $x715))))))))
(check-sat)
