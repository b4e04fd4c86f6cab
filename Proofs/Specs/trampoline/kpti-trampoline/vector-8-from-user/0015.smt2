; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from user
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
 (let ((?x9166 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x14889 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x6604 (bvadd ?x14889 (_ bv18446744073709551576 64))))
 (let ((?x7040 (bvlshr (bvsub ?x6604 ?x9166) (_ bv16 64))))
 (let (($x5224 (and (bvult ?x7040 ncpu) (bvult (bvsub ?x6604 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7040 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x16843 (bvlshr (bvsub ?x6604 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5985 (bvult (bvsub ?x6604 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16843 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x6014 (bvult ?x16843 ncpu)))
 (not (or (and $x6014 $x5985) $x5224)))))))))))))
(check-sat)
