; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:193:3
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
 (let ((?x6861 (bvadd ?x3058 (_ bv18446744073709551496 64))))
 (let ((?x6217 (bvadd ?x6861 (_ bv7 64))))
 (let ((?x8561 (bvlshr (bvsub ?x6217 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5786 (and (bvult ?x8561 ncpu) (bvult (bvsub ?x6217 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8561 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7961 (bvlshr (bvsub ?x6217 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8679 (and (bvult ?x7961 ncpu) (bvult (bvsub ?x6217 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7961 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3080 (bvlshr (bvsub ?x6217 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3935 (and (bvult ?x3080 ncpu) (bvult (bvsub ?x6217 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3080 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7109 (bvlshr (bvsub ?x6861 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7754 (and (bvult ?x7109 ncpu) (bvult (bvsub ?x6861 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7109 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8056 (bvlshr (bvsub ?x6861 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1923 (and (bvult ?x8056 ncpu) (bvult (bvsub ?x6861 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8056 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3153 (bvlshr (bvsub ?x6861 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3699 (and (bvult ?x3153 ncpu) (bvult (bvsub ?x6861 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3153 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3699 $x1923 $x7754 (bvult (bvsub ?x6861 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3935 $x8679 $x5786 (bvult (bvsub ?x6217 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
