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
 (let ((?x3991 (bvadd ?x3058 (_ bv18446744073709551520 64))))
 (let ((?x6949 (bvadd ?x3991 (_ bv7 64))))
 (let ((?x4601 (bvlshr (bvsub ?x6949 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4914 (and (bvult ?x4601 ncpu) (bvult (bvsub ?x6949 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4601 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7937 (bvlshr (bvsub ?x6949 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5652 (and (bvult ?x7937 ncpu) (bvult (bvsub ?x6949 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7937 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6207 (bvlshr (bvsub ?x6949 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5879 (and (bvult ?x6207 ncpu) (bvult (bvsub ?x6949 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6207 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3847 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7866 (and (bvult ?x3847 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3847 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4985 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3122 (and (bvult ?x4985 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4985 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6445 (bvlshr (bvsub ?x3991 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3840 (and (bvult ?x6445 ncpu) (bvult (bvsub ?x3991 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6445 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3840 $x3122 $x7866 (bvult (bvsub ?x3991 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5879 $x5652 $x4914 (bvult (bvsub ?x6949 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
