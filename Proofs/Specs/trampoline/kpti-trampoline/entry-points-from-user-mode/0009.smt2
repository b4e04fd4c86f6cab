; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:121:3
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
 (let ((?x9052 (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16376 64))))
 (let ((?x8996 (bvadd ?x9052 (_ bv7 64))))
 (let ((?x8611 (bvlshr (bvsub ?x8996 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12295 (and (bvult ?x8611 ncpu) (bvult (bvsub ?x8996 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8611 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11058 (bvlshr (bvsub ?x8996 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12657 (and (bvult ?x11058 ncpu) (bvult (bvsub ?x8996 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11058 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12481 (bvlshr (bvsub ?x8996 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8659 (and (bvult ?x12481 ncpu) (bvult (bvsub ?x8996 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12481 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11475 (bvlshr (bvsub ?x9052 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7078 (and (bvult ?x11475 ncpu) (bvult (bvsub ?x9052 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11475 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11885 (bvlshr (bvsub ?x9052 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11490 (and (bvult ?x11885 ncpu) (bvult (bvsub ?x9052 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11885 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x387 (bvlshr (bvsub ?x9052 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10793 (and (bvult ?x387 ncpu) (bvult (bvsub ?x9052 (bvadd (_ bv18446612686364999680 64) (bvmul ?x387 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10793 $x11490 $x7078 (bvult (bvsub ?x9052 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8659 $x12657 $x12295 (bvult (bvsub ?x8996 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
