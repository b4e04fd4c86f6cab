; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4804 (bvadd ?x4233 (_ bv18446744073709551512 64))))
 (let ((?x5582 (bvadd ?x4804 (_ bv7 64))))
 (let ((?x8363 (bvlshr (bvsub ?x5582 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8316 (and (bvult ?x8363 ncpu) (bvult (bvsub ?x5582 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8363 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8080 (bvlshr (bvsub ?x5582 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4424 (and (bvult ?x8080 ncpu) (bvult (bvsub ?x5582 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8080 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9335 (bvlshr (bvsub ?x5582 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6053 (and (bvult ?x9335 ncpu) (bvult (bvsub ?x5582 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9335 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8948 (bvlshr (bvsub ?x4804 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7752 (and (bvult ?x8948 ncpu) (bvult (bvsub ?x4804 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8948 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9455 (bvlshr (bvsub ?x4804 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9257 (and (bvult ?x9455 ncpu) (bvult (bvsub ?x4804 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9455 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8483 (bvlshr (bvsub ?x4804 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8144 (and (bvult ?x8483 ncpu) (bvult (bvsub ?x4804 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8483 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8144 $x9257 $x7752 (bvult (bvsub ?x4804 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6053 $x4424 $x8316 (bvult (bvsub ?x5582 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
