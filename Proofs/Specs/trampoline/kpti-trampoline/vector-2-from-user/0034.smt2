; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:187:3
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
 (let ((?x14372 (bvadd ?x15939 (_ bv18446744073709551504 64))))
 (let ((?x17505 (bvlshr (bvsub ?x14372 ?x10623) (_ bv16 64))))
 (let (($x18776 (and (bvult ?x17505 ncpu) (bvult (bvsub ?x14372 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x17505 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x18516 (bvlshr (bvsub ?x14372 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7165 (bvult (bvsub ?x14372 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18516 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x10618 (bvult ?x18516 ncpu)))
 (not (or (and $x10618 $x7165) $x18776)))))))))))))
(check-sat)
