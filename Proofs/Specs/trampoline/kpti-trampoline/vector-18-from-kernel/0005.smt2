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
 (let ((?x1401 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x1815 (bvadd ?x1401 (_ bv7 64))))
 (let ((?x4967 (bvlshr (bvsub ?x1815 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5360 (and (bvult ?x4967 ncpu) (bvult (bvsub ?x1815 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4967 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4625 (bvlshr (bvsub ?x1815 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4943 (and (bvult ?x4625 ncpu) (bvult (bvsub ?x1815 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4625 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4761 (bvlshr (bvsub ?x1815 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4906 (and (bvult ?x4761 ncpu) (bvult (bvsub ?x1815 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4761 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4077 (bvlshr (bvsub ?x1401 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7517 (and (bvult ?x4077 ncpu) (bvult (bvsub ?x1401 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4077 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6304 (bvlshr (bvsub ?x1401 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4072 (and (bvult ?x6304 ncpu) (bvult (bvsub ?x1401 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6304 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1734 (bvlshr (bvsub ?x1401 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5785 (and (bvult ?x1734 ncpu) (bvult (bvsub ?x1401 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1734 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5785 $x4072 $x7517 (bvult (bvsub ?x1401 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4906 $x4943 $x5360 (bvult (bvsub ?x1815 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
