; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
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
 (let ((?x1461 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x865 (bvadd (_ bv18446741874687344640 64) ?x1461)))
 (let ((?x5030 (bvadd ?x865 (_ bv4096 64))))
 (let ((?x582 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x4832 (bvadd ?x582 (_ bv18446744073709551576 64))))
 (let ((?x7201 (bvlshr (bvsub ?x4832 ?x5030) (_ bv16 64))))
 (let (($x1879 (and (bvult ?x7201 ncpu) (bvult (bvsub ?x4832 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7201 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x5993 (bvlshr (bvsub ?x4832 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6000 (and (bvult ?x5993 ncpu) (bvult (bvsub ?x4832 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5993 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x6000 $x1879))))))))))))
(check-sat)
