; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x1805 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x7922 (bvadd ?x1805 (_ bv18446744073709551600 64))))
 (let ((?x5275 (bvadd ?x7922 (_ bv7 64))))
 (let ((?x3178 (bvlshr (bvsub ?x5275 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7732 (and (bvult ?x3178 ncpu) (bvult (bvsub ?x5275 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3178 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3069 (bvlshr (bvsub ?x5275 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2793 (and (bvult ?x3069 ncpu) (bvult (bvsub ?x5275 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3069 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1938 (bvlshr (bvsub ?x5275 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3034 (and (bvult ?x1938 ncpu) (bvult (bvsub ?x5275 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1938 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x489 (bvlshr (bvsub ?x7922 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x639 (and (bvult ?x489 ncpu) (bvult (bvsub ?x7922 (bvadd (_ bv18446683600570023936 64) (bvmul ?x489 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5274 (bvlshr (bvsub ?x7922 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x116 (and (bvult ?x5274 ncpu) (bvult (bvsub ?x7922 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5274 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6614 (bvlshr (bvsub ?x7922 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5378 (and (bvult ?x6614 ncpu) (bvult (bvsub ?x7922 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6614 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5378 $x116 $x639 (bvult (bvsub ?x7922 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3034 $x2793 $x7732 (bvult (bvsub ?x5275 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
