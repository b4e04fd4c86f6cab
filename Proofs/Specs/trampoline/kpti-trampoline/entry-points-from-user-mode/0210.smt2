; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x44922 (bvadd ?x41256 (_ bv18446744073709551496 64))))
 (let ((?x39448 (bvlshr (bvsub ?x44922 ?x11143) (_ bv16 64))))
 (let (($x43454 (and (bvult ?x39448 ncpu) (bvult (bvsub ?x44922 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x39448 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x61459 (bvlshr (bvsub ?x44922 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53296 (bvult (bvsub ?x44922 (bvadd (_ bv18446683600570023936 64) (bvmul ?x61459 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41748 (bvult ?x61459 ncpu)))
 (not (or (and $x41748 $x53296) $x43454)))))))))))))
(check-sat)
