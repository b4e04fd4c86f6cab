; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:195:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x8181 (bvadd ?x3058 (_ bv18446744073709551488 64))))
 (let ((?x6514 (bvadd ?x8181 (_ bv7 64))))
 (let ((?x5699 (bvlshr (bvsub ?x6514 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7959 (and (bvult ?x5699 ncpu) (bvult (bvsub ?x6514 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5699 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1978 (bvlshr (bvsub ?x6514 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5415 (and (bvult ?x1978 ncpu) (bvult (bvsub ?x6514 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1978 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8030 (bvlshr (bvsub ?x6514 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3405 (and (bvult ?x8030 ncpu) (bvult (bvsub ?x6514 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8030 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7387 (bvlshr (bvsub ?x8181 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6849 (and (bvult ?x7387 ncpu) (bvult (bvsub ?x8181 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7387 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6723 (bvlshr (bvsub ?x8181 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7800 (and (bvult ?x6723 ncpu) (bvult (bvsub ?x8181 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6723 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4438 (bvlshr (bvsub ?x8181 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2880 (and (bvult ?x4438 ncpu) (bvult (bvsub ?x8181 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4438 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2880 $x7800 $x6849 (bvult (bvsub ?x8181 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3405 $x5415 $x7959 (bvult (bvsub ?x6514 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
