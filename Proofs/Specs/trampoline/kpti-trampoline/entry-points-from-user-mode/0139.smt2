; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x5517 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x35983 (bvadd ?x5517 (_ bv18446744073709551568 64))))
 (let ((?x36283 (bvadd ?x35983 (_ bv8 64))))
 (let ((?x40612 (bvadd (bvand ?x36283 (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x11314 (bvlshr (bvsub ?x40612 ?x11143) (_ bv16 64))))
 (let (($x40513 (and (bvult ?x11314 ncpu) (bvult (bvsub ?x40612 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x11314 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x28795 (bvlshr (bvsub ?x40612 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x29385 (bvult (bvsub ?x40612 (bvadd (_ bv18446683600570023936 64) (bvmul ?x28795 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x45348 (bvult ?x28795 ncpu)))
 (not (or (and $x45348 $x29385) $x40513)))))))))))))))
(check-sat)
