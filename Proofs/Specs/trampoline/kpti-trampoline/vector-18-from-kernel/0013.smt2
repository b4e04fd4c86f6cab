; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x8412 (bvadd ?x2989 (_ bv18446744073709551576 64))))
 (let ((?x8070 (bvadd ?x8412 (_ bv7 64))))
 (let ((?x8186 (bvlshr (bvsub ?x8070 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6954 (and (bvult ?x8186 ncpu) (bvult (bvsub ?x8070 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8186 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7267 (bvlshr (bvsub ?x8070 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x346 (and (bvult ?x7267 ncpu) (bvult (bvsub ?x8070 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7267 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8227 (bvlshr (bvsub ?x8070 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4329 (and (bvult ?x8227 ncpu) (bvult (bvsub ?x8070 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8227 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5009 (bvlshr (bvsub ?x8412 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6361 (and (bvult ?x5009 ncpu) (bvult (bvsub ?x8412 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5009 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6674 (bvlshr (bvsub ?x8412 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1750 (and (bvult ?x6674 ncpu) (bvult (bvsub ?x8412 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6674 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4135 (bvlshr (bvsub ?x8412 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7532 (and (bvult ?x4135 ncpu) (bvult (bvsub ?x8412 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4135 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7532 $x1750 $x6361 (bvult (bvsub ?x8412 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4329 $x346 $x6954 (bvult (bvsub ?x8070 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
