; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:122:3
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
 (let ((?x3688 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x11435 (bvadd ?x3688 (_ bv16368 64))))
 (let ((?x8731 (bvadd ?x11435 (_ bv7 64))))
 (let ((?x8894 (bvlshr (bvsub ?x8731 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13371 (and (bvult ?x8894 ncpu) (bvult (bvsub ?x8731 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8894 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4269 (bvlshr (bvsub ?x8731 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9348 (and (bvult ?x4269 ncpu) (bvult (bvsub ?x8731 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4269 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10893 (bvlshr (bvsub ?x8731 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13325 (and (bvult ?x10893 ncpu) (bvult (bvsub ?x8731 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10893 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4085 (bvlshr (bvsub ?x11435 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14343 (and (bvult ?x4085 ncpu) (bvult (bvsub ?x11435 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4085 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3640 (bvlshr (bvsub ?x11435 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4211 (and (bvult ?x3640 ncpu) (bvult (bvsub ?x11435 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3640 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12686 (bvlshr (bvsub ?x11435 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4283 (and (bvult ?x12686 ncpu) (bvult (bvsub ?x11435 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12686 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4283 $x4211 $x14343 (bvult (bvsub ?x11435 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13325 $x9348 $x13371 (bvult (bvsub ?x8731 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
