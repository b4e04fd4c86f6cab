; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:184:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x6673 (bvadd ?x14394 (_ bv18446744073709551528 64))))
 (let ((?x9710 (bvadd ?x6673 (_ bv7 64))))
 (let ((?x18130 (bvlshr (bvsub ?x9710 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15489 (and (bvult ?x18130 ncpu) (bvult (bvsub ?x9710 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18130 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17389 (bvlshr (bvsub ?x9710 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10793 (and (bvult ?x17389 ncpu) (bvult (bvsub ?x9710 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17389 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1044 (bvlshr (bvsub ?x9710 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12351 (and (bvult ?x1044 ncpu) (bvult (bvsub ?x9710 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1044 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3796 (bvlshr (bvsub ?x6673 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11178 (and (bvult ?x3796 ncpu) (bvult (bvsub ?x6673 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3796 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16115 (bvlshr (bvsub ?x6673 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17170 (and (bvult ?x16115 ncpu) (bvult (bvsub ?x6673 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16115 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18874 (bvlshr (bvsub ?x6673 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11230 (and (bvult ?x18874 ncpu) (bvult (bvsub ?x6673 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18874 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11230 $x17170 $x11178 (bvult (bvsub ?x6673 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12351 $x10793 $x15489 (bvult (bvsub ?x9710 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
