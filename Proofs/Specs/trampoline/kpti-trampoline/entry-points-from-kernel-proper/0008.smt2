; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3698 (bvadd ?x3058 (_ bv18446744073709551600 64))))
 (let ((?x3706 (bvadd ?x3698 (_ bv7 64))))
 (let ((?x4619 (bvlshr (bvsub ?x3706 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4664 (and (bvult ?x4619 ncpu) (bvult (bvsub ?x3706 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4619 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4616 (bvlshr (bvsub ?x3706 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4605 (and (bvult ?x4616 ncpu) (bvult (bvsub ?x3706 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4616 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3861 (bvlshr (bvsub ?x3706 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4295 (and (bvult ?x3861 ncpu) (bvult (bvsub ?x3706 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3861 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x749 (not (or $x4295 $x4605 $x4664 (bvult (bvsub ?x3706 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x3805 (bvlshr (bvsub ?x3698 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3838 (and (bvult ?x3805 ncpu) (bvult (bvsub ?x3698 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3805 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3761 (bvlshr (bvsub ?x3698 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3794 (and (bvult ?x3761 ncpu) (bvult (bvsub ?x3698 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3761 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3717 (bvlshr (bvsub ?x3698 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3750 (and (bvult ?x3717 ncpu) (bvult (bvsub ?x3698 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3717 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3279 (not (or $x3750 $x3794 $x3838 (bvult (bvsub ?x3698 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x3279 $x749)))))))))))))))))))
(check-sat)
