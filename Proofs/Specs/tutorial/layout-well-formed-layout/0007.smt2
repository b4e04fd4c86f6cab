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
 (let ((?x597 (bvsub (_ bv8192 64) (_ bv1 64))))
 (let ((?x414 (bvadd (bvadd (_ bv18446744071562067968 64) slide) (_ bv16777216 64))))
 (let ((?x373 (bvadd ?x414 ?x597)))
 (let (($x837 (or (and (bvult ?x414 (_ bv140737488355328 64)) (bvult ?x373 (_ bv140737488355328 64))) (and (bvuge ?x414 (_ bv18446603336221196288 64)) (bvuge ?x373 (_ bv18446603336221196288 64))))))
 (let (($x529 (or (not (= (bvand ?x414 (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv8192 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (bvadd (_ bv33554432 64) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64))) (not (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) ?x414) ((_ zero_extend 1) ?x597))) (_ bv0 1))) (not $x837))))
 (let ((?x367 (bvadd (_ bv18446741874686296064 64) (bvmul c!9 (_ bv65536 64)))))
 (let ((?x403 (bvand (bvadd ?x414 page!8) (_ bv18446744073709547520 64))))
 (let (($x501 (and (bvult c!9 ncpu) (or (bvult (bvsub ?x367 ?x403) (_ bv4096 64)) (bvult (bvsub ?x403 ?x367) (_ bv4096 64))))))
 (let (($x377 (or (or (bvult (bvsub ?x414 ?x403) (_ bv4096 64)) (bvult (bvsub ?x403 ?x414) (_ bv8192 64))) $x501)))
 (and (bvult p!7 nproc) (bvugt (_ bv8192 64) (_ bv0 64)) (bvult page!8 (_ bv8192 64)) $x377 $x529)))))))))))
(check-sat)
