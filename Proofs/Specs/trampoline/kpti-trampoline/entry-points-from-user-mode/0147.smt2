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
 (let ((?x13187 (bvand ?x36283 (_ bv18446744073709551600 64))))
 (let ((?x15963 (bvadd ?x13187 (_ bv18446744073709551576 64))))
 (let ((?x31263 (bvlshr (bvsub ?x15963 ?x11143) (_ bv16 64))))
 (let (($x8717 (and (bvult ?x31263 ncpu) (bvult (bvsub ?x15963 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x31263 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x46480 (bvlshr (bvsub ?x15963 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x28266 (bvult (bvsub ?x15963 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46480 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x46035 (bvult ?x46480 ncpu)))
 (not (or (and $x46035 $x28266) $x8717))))))))))))))))
(check-sat)
