; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:47:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun p!14 () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x735 (or (and (bvult (_ bv4194304 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv4194304 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x533 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv4194304 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x386 (not (= (bvand (bvadd (bvadd (_ bv4294967296 64) (bvmul p!14 (_ bv4096 64))) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64)))))
 (let (($x891 (or (not (= (bvand (_ bv4194304 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) $x386 (not $x533) (not $x735) (bvuge p!14 nproc))))
 (and (bvult p!14 nproc) (bvugt (_ bv4096 64) (_ bv0 64)) $x891))))))
(check-sat)
