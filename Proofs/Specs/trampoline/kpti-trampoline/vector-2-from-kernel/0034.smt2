; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10199 (bvadd ?x1435 (_ bv18446744073709551496 64))))
 (let ((?x8045 (bvadd ?x10199 (_ bv7 64))))
 (let ((?x5634 (bvlshr (bvsub ?x8045 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3666 (and (bvult ?x5634 ncpu) (bvult (bvsub ?x8045 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5634 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7329 (bvlshr (bvsub ?x8045 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9154 (and (bvult ?x7329 ncpu) (bvult (bvsub ?x8045 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7329 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4861 (bvlshr (bvsub ?x8045 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4172 (and (bvult ?x4861 ncpu) (bvult (bvsub ?x8045 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4861 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8860 (bvlshr (bvsub ?x10199 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4803 (and (bvult ?x8860 ncpu) (bvult (bvsub ?x10199 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8860 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9316 (bvlshr (bvsub ?x10199 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8747 (and (bvult ?x9316 ncpu) (bvult (bvsub ?x10199 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9316 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7482 (bvlshr (bvsub ?x10199 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3710 (and (bvult ?x7482 ncpu) (bvult (bvsub ?x10199 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7482 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3710 $x8747 $x4803 (bvult (bvsub ?x10199 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4172 $x9154 $x3666 (bvult (bvsub ?x8045 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
