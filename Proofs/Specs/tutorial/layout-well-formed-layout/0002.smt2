; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:28:1
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun slide () (_ BitVec 64))
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(assert
 (and (= (bvand slide (_ bv2097151 64)) (_ bv0 64)) (bvult slide (_ bv1073741824 64))))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (let (($x26 (bvuge nproc (_ bv1 64))))
 (and $x26 (bvule nproc (_ bv1024 64)))))
(assert
 (let (($x376 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv4294967296 64)) ((_ zero_extend 1) (bvmul nproc (_ bv4096 64))))) (_ bv0 1))))
 (let (($x26 (bvuge nproc (_ bv1 64))))
 (let (($x414 (not (= ((_ extract 127 64) (bvmul ((_ zero_extend 64) nproc) ((_ zero_extend 64) (_ bv4096 64)))) (_ bv0 64)))))
 (or (and $x26 (bvult (_ bv4096 64) (_ bv4096 64))) (and $x26 (= (_ bv4096 64) (_ bv0 64))) (and $x26 $x414) (and $x26 (not $x376)))))))
(check-sat)
