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
(declare-fun c!11 () (_ BitVec 64))
(declare-fun c!13 () (_ BitVec 64))
(declare-fun page!12 () (_ BitVec 64))
(declare-fun p!10 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let ((?x616 (bvsub (_ bv65536 64) (_ bv1 64))))
 (let ((?x413 (bvmul c!11 (_ bv65536 64))))
 (let ((?x472 (bvadd (_ bv18446741874686296064 64) ?x413)))
 (let ((?x167 (bvadd ?x472 ?x616)))
 (let (($x1034 (or (and (bvult ?x472 (_ bv140737488355328 64)) (bvult ?x167 (_ bv140737488355328 64))) (and (bvuge ?x472 (_ bv18446603336221196288 64)) (bvuge ?x167 (_ bv18446603336221196288 64))))))
 (let (($x422 (or (not (= (bvand ?x472 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv65536 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv67108864 64) ?x413) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x472) ((_ zero_extend 1) ?x616))) (_ bv0 1))) (not $x1034) (bvuge c!11 ncpu))))
 (let ((?x533 (bvadd (_ bv18446741874686296064 64) (bvmul c!13 (_ bv65536 64)))))
 (let ((?x395 (bvand (bvadd ?x472 page!12) (_ bv18446744073709547520 64))))
 (let (($x544 (and (bvult c!13 ncpu) (or (bvult (bvsub ?x533 ?x395) (_ bv4096 64)) (bvult (bvsub ?x395 ?x533) (_ bv4096 64))))))
 (let (($x394 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x395) (_ bv4096 64)) (bvult (bvsub ?x395 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!10 nproc) (bvult c!11 ncpu) (bvugt (_ bv65536 64) (_ bv0 64)) (bvult page!12 (_ bv65536 64)) (or $x394 $x544) $x422))))))))))))
(check-sat)
