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
 (let ((?x3060 (bvadd ?x3058 (_ bv18446744073709551608 64))))
 (let ((?x3130 (bvadd ?x3060 (_ bv7 64))))
 (let ((?x5383 (bvlshr (bvsub ?x3130 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5416 (and (bvult ?x5383 ncpu) (bvult (bvsub ?x3130 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5339 (bvlshr (bvsub ?x3130 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5372 (and (bvult ?x5339 ncpu) (bvult (bvsub ?x3130 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5339 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1687 (bvlshr (bvsub ?x3130 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5328 (and (bvult ?x1687 ncpu) (bvult (bvsub ?x3130 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1687 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3695 (not (or $x5328 $x5372 $x5416 (bvult (bvsub ?x3130 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x3678 (bvlshr (bvsub ?x3060 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1688 (and (bvult ?x3678 ncpu) (bvult (bvsub ?x3060 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3678 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4842 (bvlshr (bvsub ?x3060 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1571 (and (bvult ?x4842 ncpu) (bvult (bvsub ?x3060 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4842 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4294 (bvlshr (bvsub ?x3060 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3463 (and (bvult ?x4294 ncpu) (bvult (bvsub ?x3060 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4294 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1475 (not (or $x3463 $x1571 $x1688 (bvult (bvsub ?x3060 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x1475 $x3695)))))))))))))))))))
(check-sat)
