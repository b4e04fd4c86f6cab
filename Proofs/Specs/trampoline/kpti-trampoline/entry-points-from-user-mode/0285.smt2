; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:163:3
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
 (let ((?x4464 (bvmul c!6 (_ bv65536 64))))
 (let ((?x3811 (bvadd (_ bv18446741874687344640 64) ?x4464)))
 (let ((?x20355 (bvadd ?x3811 (_ bv8152 64))))
 (let ((?x62500 (bvadd ?x20355 (_ bv7 64))))
 (let ((?x67430 (bvlshr (bvsub ?x62500 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x59808 (and (bvult ?x67430 ncpu) (bvult (bvsub ?x62500 (bvadd (_ bv18446683600570023936 64) (bvmul ?x67430 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x55602 (bvlshr (bvsub ?x62500 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70720 (and (bvult ?x55602 ncpu) (bvult (bvsub ?x62500 (bvadd (_ bv18446741874687344640 64) (bvmul ?x55602 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x38353 (bvlshr (bvsub ?x62500 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68969 (and (bvult ?x38353 ncpu) (bvult (bvsub ?x62500 (bvadd (_ bv18446612686364999680 64) (bvmul ?x38353 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x32020 (bvlshr (bvsub ?x20355 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70718 (and (bvult ?x32020 ncpu) (bvult (bvsub ?x20355 (bvadd (_ bv18446683600570023936 64) (bvmul ?x32020 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x54523 (bvlshr (bvsub ?x20355 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37088 (and (bvult ?x54523 ncpu) (bvult (bvsub ?x20355 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54523 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x68351 (bvlshr (bvsub ?x20355 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66316 (and (bvult ?x68351 ncpu) (bvult (bvsub ?x20355 (bvadd (_ bv18446612686364999680 64) (bvmul ?x68351 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x66316 $x37088 $x70718 (bvult (bvsub ?x20355 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x68969 $x70720 $x59808 (bvult (bvsub ?x62500 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
