; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from user
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x10623 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x15939 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10494 (bvadd ?x15939 (_ bv18446744073709551568 64))))
 (let ((?x3322 (bvadd ?x10494 (_ bv8 64))))
 (let ((?x2387 (bvadd (bvand ?x3322 (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x21382 (bvlshr (bvsub ?x2387 ?x10623) (_ bv16 64))))
 (let (($x21859 (and (bvult ?x21382 ncpu) (bvult (bvsub ?x2387 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x21382 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x3942 (bvlshr (bvsub ?x2387 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16920 (bvult (bvsub ?x2387 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3942 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x21892 (bvult ?x3942 ncpu)))
 (not (or (and $x21892 $x16920) $x21859)))))))))))))))
(check-sat)
