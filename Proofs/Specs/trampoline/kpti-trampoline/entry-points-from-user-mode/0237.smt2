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
 (let ((?x41256 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x49780 (bvadd ?x41256 (_ bv18446744073709551568 64))))
 (let ((?x62751 (bvadd ?x49780 (_ bv8 64))))
 (let ((?x39569 (bvand ?x62751 (_ bv18446744073709551600 64))))
 (let ((?x65679 (bvadd ?x39569 (_ bv18446744073709551584 64))))
 (let ((?x43507 (bvlshr (bvsub ?x65679 ?x11143) (_ bv16 64))))
 (let (($x59193 (and (bvult ?x43507 ncpu) (bvult (bvsub ?x65679 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x43507 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x67654 (bvlshr (bvsub ?x65679 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x59513 (bvult (bvsub ?x65679 (bvadd (_ bv18446683600570023936 64) (bvmul ?x67654 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x68759 (bvult ?x67654 ncpu)))
 (not (or (and $x68759 $x59513) $x59193))))))))))))))))
(check-sat)
