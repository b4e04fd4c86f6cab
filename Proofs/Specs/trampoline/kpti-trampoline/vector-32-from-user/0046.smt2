; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x165 (bvmul c!6 (_ bv65536 64))))
 (let ((?x6701 (bvadd (_ bv18446741874687344640 64) ?x165)))
 (let ((?x15151 (bvadd ?x6701 (_ bv8184 64))))
 (let ((?x11439 (bvadd ?x15151 (_ bv7 64))))
 (let ((?x13273 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17767 (and (bvult ?x13273 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13273 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17546 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16273 (and (bvult ?x17546 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17546 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11261 (bvlshr (bvsub ?x11439 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14871 (and (bvult ?x11261 ncpu) (bvult (bvsub ?x11439 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11261 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x540 (bvlshr (bvsub ?x15151 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2666 (and (bvult ?x540 ncpu) (bvult (bvsub ?x15151 (bvadd (_ bv18446683600570023936 64) (bvmul ?x540 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11491 (bvlshr (bvsub ?x15151 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10479 (and (bvult ?x11491 ncpu) (bvult (bvsub ?x15151 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11491 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7267 (bvlshr (bvsub ?x15151 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16340 (and (bvult ?x7267 ncpu) (bvult (bvsub ?x15151 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7267 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x16340 $x10479 $x2666 (bvult (bvsub ?x15151 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14871 $x16273 $x17767 (bvult (bvsub ?x11439 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
