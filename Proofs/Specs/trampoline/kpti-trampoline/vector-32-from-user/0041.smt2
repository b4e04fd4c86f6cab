; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:150:3
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
 (let ((?x763 (bvadd ?x453 (_ bv16344 64))))
 (let ((?x244 (bvadd ?x763 (_ bv7 64))))
 (let ((?x5210 (bvlshr (bvsub ?x244 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11247 (and (bvult ?x5210 ncpu) (bvult (bvsub ?x244 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5210 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17303 (bvlshr (bvsub ?x244 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7524 (and (bvult ?x17303 ncpu) (bvult (bvsub ?x244 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17303 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2479 (bvlshr (bvsub ?x244 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17465 (and (bvult ?x2479 ncpu) (bvult (bvsub ?x244 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2479 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11612 (bvlshr (bvsub ?x763 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4767 (and (bvult ?x11612 ncpu) (bvult (bvsub ?x763 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11612 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x978 (bvlshr (bvsub ?x763 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3982 (and (bvult ?x978 ncpu) (bvult (bvsub ?x763 (bvadd (_ bv18446741874687344640 64) (bvmul ?x978 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5056 (bvlshr (bvsub ?x763 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10280 (and (bvult ?x5056 ncpu) (bvult (bvsub ?x763 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5056 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10280 $x3982 $x4767 (bvult (bvsub ?x763 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x17465 $x7524 $x11247 (bvult (bvsub ?x244 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
