; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(assert
 (and (bvuge ncpu (_ bv1 64)) (bvule ncpu (_ bv64 64))))
(assert
 (and (bvuge nproc (_ bv1 64)) (bvule nproc (_ bv1024 64))))
(assert
 (bvult c!6 ncpu))
(assert
 (bvult p!7 nproc))
(assert
 (bvult $user.gs_base (_ bv140737488355328 64)))
(assert
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4453 (bvadd ?x7602 (_ bv18446744073709551488 64))))
 (let ((?x3376 (bvadd ?x4453 (_ bv7 64))))
 (let ((?x9916 (bvlshr (bvsub ?x3376 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9626 (and (bvult ?x9916 ncpu) (bvult (bvsub ?x3376 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9916 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3845 (bvlshr (bvsub ?x3376 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x425 (and (bvult ?x3845 ncpu) (bvult (bvsub ?x3376 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3845 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5210 (bvlshr (bvsub ?x3376 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8858 (and (bvult ?x5210 ncpu) (bvult (bvsub ?x3376 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5210 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10125 (bvlshr (bvsub ?x4453 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9419 (and (bvult ?x10125 ncpu) (bvult (bvsub ?x4453 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10125 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4691 (bvlshr (bvsub ?x4453 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4096 (and (bvult ?x4691 ncpu) (bvult (bvsub ?x4453 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4691 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8832 (bvlshr (bvsub ?x4453 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10005 (and (bvult ?x8832 ncpu) (bvult (bvsub ?x4453 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8832 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10005 $x4096 $x9419 (bvult (bvsub ?x4453 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8858 $x425 $x9626 (bvult (bvsub ?x3376 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
