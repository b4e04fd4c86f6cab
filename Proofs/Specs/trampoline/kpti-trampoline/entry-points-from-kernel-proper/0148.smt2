; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15886 (bvadd ?x10437 (_ bv18446744073709551576 64))))
 (let ((?x3765 (bvadd ?x15886 (_ bv7 64))))
 (let ((?x16806 (bvlshr (bvsub ?x3765 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11722 (and (bvult ?x16806 ncpu) (bvult (bvsub ?x3765 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16806 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16844 (bvlshr (bvsub ?x3765 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14941 (and (bvult ?x16844 ncpu) (bvult (bvsub ?x3765 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16844 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15125 (bvlshr (bvsub ?x3765 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16809 (and (bvult ?x15125 ncpu) (bvult (bvsub ?x3765 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15125 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14565 (bvlshr (bvsub ?x15886 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15040 (and (bvult ?x14565 ncpu) (bvult (bvsub ?x15886 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14565 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4412 (bvlshr (bvsub ?x15886 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16847 (and (bvult ?x4412 ncpu) (bvult (bvsub ?x15886 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4412 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11074 (bvlshr (bvsub ?x15886 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8735 (and (bvult ?x11074 ncpu) (bvult (bvsub ?x15886 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11074 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8735 $x16847 $x15040 (bvult (bvsub ?x15886 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16809 $x14941 $x11722 (bvult (bvsub ?x3765 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
