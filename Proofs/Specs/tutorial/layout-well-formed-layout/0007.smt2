; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:37:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!9 () (_ BitVec 64))
(declare-fun page!8 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x625 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x413 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))))
 (let ((?x352 (bvadd ?x413 ?x625)))
 (let (($x919 (or (and (bvult ?x413 (_ bv140737488355328 64)) (bvult ?x352 (_ bv140737488355328 64))) (and (bvuge ?x413 (_ bv18446603336221196288 64)) (bvuge ?x352 (_ bv18446603336221196288 64))))))
 (let (($x244 (or (not (= (bvand ?x413 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv33554432 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x413) ((_ zero_extend 1) ?x625))) (_ bv0 1))) (not $x919))))
 (let ((?x387 (bvadd (_ bv18446741874686296064 64) (bvmul c!9 (_ bv65536 64)))))
 (let ((?x471 (bvand (bvadd ?x413 page!8) (_ bv18446744073709547520 64))))
 (let (($x545 (and (bvult c!9 ncpu) (or (bvult (bvsub ?x387 ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 ?x387) (_ bv4096 64))))))
 (let (($x367 (or (or (bvult (bvsub ?x413 ?x471) (_ bv4096 64)) (bvult (bvsub ?x471 ?x413) (_ bv8192 64))) $x545)))
 (and (bvult p!7 nproc) (bvugt (_ bv8192 64) (_ bv0 64)) (bvult page!8 (_ bv8192 64)) $x367 $x244)))))))))))
(check-sat)
