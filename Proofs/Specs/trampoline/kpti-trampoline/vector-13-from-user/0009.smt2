; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 13 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x9392 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x18697 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x5220 (bvadd ?x18697 (_ bv18446744073709551600 64))))
 (let ((?x7763 (bvlshr (bvsub ?x5220 ?x9392) (_ bv16 64))))
 (let (($x18550 (and (bvult ?x7763 ncpu) (bvult (bvsub ?x5220 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7763 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x7603 (bvlshr (bvsub ?x5220 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8022 (bvult (bvsub ?x5220 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7603 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x7630 (bvult ?x7603 ncpu)))
 (not (or (and $x7630 $x8022) $x18550)))))))))))))
(check-sat)
