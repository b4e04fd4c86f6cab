; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x5825 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x11223 (bvadd ?x5825 (_ bv7 64))))
 (let ((?x10187 (bvlshr (bvsub ?x11223 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4318 (and (bvult ?x10187 ncpu) (bvult (bvsub ?x11223 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10187 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7879 (bvlshr (bvsub ?x11223 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15317 (and (bvult ?x7879 ncpu) (bvult (bvsub ?x11223 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7879 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7454 (bvlshr (bvsub ?x11223 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4353 (and (bvult ?x7454 ncpu) (bvult (bvsub ?x11223 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7454 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13901 (bvlshr (bvsub ?x5825 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2452 (and (bvult ?x13901 ncpu) (bvult (bvsub ?x5825 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13901 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6719 (bvlshr (bvsub ?x5825 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9498 (and (bvult ?x6719 ncpu) (bvult (bvsub ?x5825 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6719 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4006 (bvlshr (bvsub ?x5825 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9947 (and (bvult ?x4006 ncpu) (bvult (bvsub ?x5825 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4006 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9947 $x9498 $x2452 (bvult (bvsub ?x5825 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4353 $x15317 $x4318 (bvult (bvsub ?x11223 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
