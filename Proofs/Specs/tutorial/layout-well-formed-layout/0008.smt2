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
 (let ((?x534 (bvsub (_ bv65536 64) (_ bv1 64))))
 (let ((?x414 (bvmul c!11 (_ bv65536 64))))
 (let ((?x412 (bvadd (_ bv18446741874686296064 64) ?x414)))
 (let ((?x366 (bvadd ?x412 ?x534)))
 (let (($x695 (or (and (bvult ?x412 (_ bv140737488355328 64)) (bvult ?x366 (_ bv140737488355328 64))) (and (bvuge ?x412 (_ bv18446603336221196288 64)) (bvuge ?x366 (_ bv18446603336221196288 64))))))
 (let (($x1022 (or (not (= (bvand ?x412 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv65536 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (bvadd (_ bv67108864 64) ?x414) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x412) ((_ zero_extend 1) ?x534))) (_ bv0 1))) (not $x695) (bvuge c!11 ncpu))))
 (let ((?x424 (bvadd (_ bv18446741874686296064 64) (bvmul c!13 (_ bv65536 64)))))
 (let ((?x396 (bvand (bvadd ?x412 page!12) (_ bv18446744073709547520 64))))
 (let (($x641 (and (bvult c!13 ncpu) (or (bvult (bvsub ?x424 ?x396) (_ bv4096 64)) (bvult (bvsub ?x396 ?x424) (_ bv4096 64))))))
 (let (($x404 (or (bvult (bvsub (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64)) ?x396) (_ bv4096 64)) (bvult (bvsub ?x396 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))) (_ bv8192 64)))))
 (and (bvult p!10 nproc) (bvult c!11 ncpu) (bvugt (_ bv65536 64) (_ bv0 64)) (bvult page!12 (_ bv65536 64)) (or $x404 $x641) $x1022))))))))))))
(check-sat)
