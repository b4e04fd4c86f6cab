; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:239:3
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x878 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x2765 (bvadd ?x878 (_ bv4096 64))))
 (let ((?x10485 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x20522 (bvadd ?x10485 (_ bv16376 64))))
 (let ((?x14701 (bvlshr (bvsub ?x20522 ?x2765) (_ bv16 64))))
 (let (($x2484 (and (bvult ?x14701 ncpu) (bvult (bvsub ?x20522 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x14701 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x17027 (bvlshr (bvsub ?x20522 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6669 (and (bvult ?x17027 ncpu) (bvult (bvsub ?x20522 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17027 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x6669 $x2484))))))))))))
(check-sat)
