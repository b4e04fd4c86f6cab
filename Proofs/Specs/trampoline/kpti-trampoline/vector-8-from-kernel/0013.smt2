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
 (let ((?x2911 (bvadd ?x1805 (_ bv18446744073709551576 64))))
 (let ((?x4146 (bvadd ?x2911 (_ bv7 64))))
 (let ((?x4576 (bvlshr (bvsub ?x4146 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4602 (and (bvult ?x4576 ncpu) (bvult (bvsub ?x4146 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4576 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3642 (bvlshr (bvsub ?x4146 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4368 (and (bvult ?x3642 ncpu) (bvult (bvsub ?x4146 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3642 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8249 (bvlshr (bvsub ?x4146 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8282 (and (bvult ?x8249 ncpu) (bvult (bvsub ?x4146 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8249 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3170 (bvlshr (bvsub ?x2911 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8268 (and (bvult ?x3170 ncpu) (bvult (bvsub ?x2911 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3170 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6567 (bvlshr (bvsub ?x2911 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3514 (and (bvult ?x6567 ncpu) (bvult (bvsub ?x2911 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6567 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4079 (bvlshr (bvsub ?x2911 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5072 (and (bvult ?x4079 ncpu) (bvult (bvsub ?x2911 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4079 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5072 $x3514 $x8268 (bvult (bvsub ?x2911 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8282 $x4368 $x4602 (bvult (bvsub ?x4146 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
