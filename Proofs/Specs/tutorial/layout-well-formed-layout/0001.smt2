; isocheck proof obligation
; spec: Specs/tutorial.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/tutorial.isospec:24:1
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
 (let (($x20 (bvuge ncpu (_ bv1 64))))
 (and $x20 (bvule ncpu (_ bv64 64)))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x376 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv67108864 64)) ((_ zero_extend 1) (bvmul ncpu (_ bv65536 64))))) (_ bv0 1))))
 (let (($x20 (bvuge ncpu (_ bv1 64))))
 (let (($x414 (not (= ((_ extract 127 64) (bvmul ((_ zero_extend 64) ncpu) ((_ zero_extend 64) (_ bv65536 64)))) (_ bv0 64)))))
 (or (and $x20 (bvult (_ bv65536 64) (_ bv65536 64))) (and $x20 (= (_ bv65536 64) (_ bv0 64))) (and $x20 $x414) (and $x20 (not $x376)))))))
(check-sat)
