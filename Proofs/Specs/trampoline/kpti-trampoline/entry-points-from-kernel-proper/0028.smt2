; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x8002 (bvadd ?x3058 (_ bv18446744073709551520 64))))
 (let ((?x7107 (bvadd ?x8002 (_ bv7 64))))
 (let ((?x4101 (bvlshr (bvsub ?x7107 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7104 (and (bvult ?x4101 ncpu) (bvult (bvsub ?x7107 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4101 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3434 (bvlshr (bvsub ?x7107 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5785 (and (bvult ?x3434 ncpu) (bvult (bvsub ?x7107 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3434 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7794 (bvlshr (bvsub ?x7107 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6829 (and (bvult ?x7794 ncpu) (bvult (bvsub ?x7107 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7794 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6650 (bvlshr (bvsub ?x8002 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7674 (and (bvult ?x6650 ncpu) (bvult (bvsub ?x8002 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6650 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3962 (bvlshr (bvsub ?x8002 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5570 (and (bvult ?x3962 ncpu) (bvult (bvsub ?x8002 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3962 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7830 (bvlshr (bvsub ?x8002 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4058 (and (bvult ?x7830 ncpu) (bvult (bvsub ?x8002 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7830 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4058 $x5570 $x7674 (bvult (bvsub ?x8002 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6829 $x5785 $x7104 (bvult (bvsub ?x7107 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
