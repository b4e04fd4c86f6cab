; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:170:3
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
 (let ((?x5136 (bvadd ?x1435 (_ bv18446744073709551568 64))))
 (let ((?x3268 (bvadd ?x5136 (_ bv7 64))))
 (let ((?x4966 (bvlshr (bvsub ?x3268 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6548 (and (bvult ?x4966 ncpu) (bvult (bvsub ?x3268 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4966 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5845 (bvlshr (bvsub ?x3268 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5493 (and (bvult ?x5845 ncpu) (bvult (bvsub ?x3268 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5845 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5758 (bvlshr (bvsub ?x3268 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5734 (and (bvult ?x5758 ncpu) (bvult (bvsub ?x3268 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5758 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5732 (bvlshr (bvsub ?x5136 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7806 (and (bvult ?x5732 ncpu) (bvult (bvsub ?x5136 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5732 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5955 (bvlshr (bvsub ?x5136 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4068 (and (bvult ?x5955 ncpu) (bvult (bvsub ?x5136 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5955 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4520 (bvlshr (bvsub ?x5136 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1685 (and (bvult ?x4520 ncpu) (bvult (bvsub ?x5136 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4520 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1685 $x4068 $x7806 (bvult (bvsub ?x5136 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5734 $x5493 $x6548 (bvult (bvsub ?x3268 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
