; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x41256 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x49945 (bvadd ?x41256 (_ bv18446744073709551512 64))))
 (let ((?x62329 (bvlshr (bvsub ?x49945 ?x11143) (_ bv16 64))))
 (let (($x44417 (and (bvult ?x62329 ncpu) (bvult (bvsub ?x49945 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x62329 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x51375 (bvlshr (bvsub ?x49945 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55375 (bvult (bvsub ?x49945 (bvadd (_ bv18446683600570023936 64) (bvmul ?x51375 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x59120 (bvult ?x51375 ncpu)))
 (not (or (and $x59120 $x55375) $x44417)))))))))))))
(check-sat)
