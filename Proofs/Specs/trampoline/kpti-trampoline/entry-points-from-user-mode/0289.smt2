; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:164:3
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
 (let ((?x909 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x909)))
 (let ((?x13462 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x4822 (bvmul c!6 (_ bv65536 64))))
 (let ((?x11150 (bvadd (_ bv18446741874687344640 64) ?x4822)))
 (let ((?x68948 (bvadd ?x11150 (_ bv8152 64))))
 (let ((?x66159 (bvand ?x68948 (_ bv18446744073709551600 64))))
 (let ((?x71569 (bvadd ?x66159 (_ bv18446744073709551600 64))))
 (let ((?x54500 (bvlshr (bvsub ?x71569 ?x13462) (_ bv16 64))))
 (let (($x30375 (and (bvult ?x54500 ncpu) (bvult (bvsub ?x71569 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x54500 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x79322 (bvlshr (bvsub ?x71569 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x80041 (bvult (bvsub ?x71569 (bvadd (_ bv18446683600570023936 64) (bvmul ?x79322 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x80002 (bvult ?x79322 ncpu)))
 (not (or (and $x80002 $x80041) $x30375))))))))))))))))
(check-sat)
