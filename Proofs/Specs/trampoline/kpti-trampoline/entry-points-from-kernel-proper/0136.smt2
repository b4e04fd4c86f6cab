; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x6741 (bvadd ?x11119 (_ bv18446744073709551568 64))))
 (let ((?x10100 (bvadd ?x6741 (_ bv7 64))))
 (let ((?x13440 (bvlshr (bvsub ?x10100 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2363 (and (bvult ?x13440 ncpu) (bvult (bvsub ?x10100 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13440 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16685 (bvlshr (bvsub ?x10100 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6242 (and (bvult ?x16685 ncpu) (bvult (bvsub ?x10100 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16685 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8128 (bvlshr (bvsub ?x10100 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14500 (and (bvult ?x8128 ncpu) (bvult (bvsub ?x10100 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8128 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11449 (bvlshr (bvsub ?x6741 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6641 (and (bvult ?x11449 ncpu) (bvult (bvsub ?x6741 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11449 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15894 (bvlshr (bvsub ?x6741 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15216 (and (bvult ?x15894 ncpu) (bvult (bvsub ?x6741 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15894 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11023 (bvlshr (bvsub ?x6741 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15402 (and (bvult ?x11023 ncpu) (bvult (bvsub ?x6741 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11023 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15402 $x15216 $x6641 (bvult (bvsub ?x6741 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14500 $x6242 $x2363 (bvult (bvsub ?x10100 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
