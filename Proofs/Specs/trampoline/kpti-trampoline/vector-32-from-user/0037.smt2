; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:149:3
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
 (let ((?x453 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x10152 (bvadd ?x453 (_ bv16352 64))))
 (let ((?x8098 (bvadd ?x10152 (_ bv7 64))))
 (let ((?x1030 (bvlshr (bvsub ?x8098 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9562 (and (bvult ?x1030 ncpu) (bvult (bvsub ?x8098 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1030 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18548 (bvlshr (bvsub ?x8098 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16226 (and (bvult ?x18548 ncpu) (bvult (bvsub ?x8098 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18548 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1112 (bvlshr (bvsub ?x8098 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16619 (and (bvult ?x1112 ncpu) (bvult (bvsub ?x8098 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1112 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8512 (bvlshr (bvsub ?x10152 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16787 (and (bvult ?x8512 ncpu) (bvult (bvsub ?x10152 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8512 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15371 (bvlshr (bvsub ?x10152 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15460 (and (bvult ?x15371 ncpu) (bvult (bvsub ?x10152 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15371 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13714 (bvlshr (bvsub ?x10152 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8223 (and (bvult ?x13714 ncpu) (bvult (bvsub ?x10152 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13714 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8223 $x15460 $x16787 (bvult (bvsub ?x10152 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16619 $x16226 $x9562 (bvult (bvsub ?x8098 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
