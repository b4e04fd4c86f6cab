; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: layout well-formed-layout
; property: well-formed-layout
; purpose: holds for every parameter value
; at: Specs/trampoline/kpti-trampoline.isospec:62:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun p!15 () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (let (($x1555 (or (and (bvult (_ bv4194304 64) (_ bv140737488355328 64)) (bvult (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv140737488355328 64))) (and (bvuge (_ bv4194304 64) (_ bv18446603336221196288 64)) (bvuge (bvadd (_ bv4194304 64) (bvsub (_ bv4096 64) (_ bv1 64))) (_ bv18446603336221196288 64))))))
 (let (($x1264 (= ((_ extract 64 64) (bvadd ((_ zero_extend 1) (_ bv4194304 64)) ((_ zero_extend 1) (bvsub (_ bv4096 64) (_ bv1 64))))) (_ bv0 1))))
 (let (($x1225 (not (= (bvand (bvadd (bvadd (_ bv4294967296 64) (bvmul p!15 (_ bv4096 64))) (_ bv0 64)) (_ bv4095 64)) (_ bv0 64)))))
 (let (($x447 (or (not (= (bvand (_ bv4194304 64) (_ bv4095 64)) (_ bv0 64))) (not (= (bvand (_ bv4096 64) (_ bv4095 64)) (_ bv0 64))) $x1225 (not $x1264) (not $x1555) (bvuge p!15 nproc))))
 (and (bvult p!15 nproc) (bvugt (_ bv4096 64) (_ bv0 64)) $x447))))))
(check-sat)
