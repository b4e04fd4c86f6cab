; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x4464 (bvadd ?x865 (_ bv4096 64))))
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x4891 (bvadd ?x2989 (_ bv18446744073709551584 64))))
 (let ((?x1787 (bvlshr (bvsub ?x4891 ?x4464) (_ bv16 64))))
 (let (($x5520 (and (bvult ?x1787 ncpu) (bvult (bvsub ?x4891 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x1787 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x4729 (bvlshr (bvsub ?x4891 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2764 (and (bvult ?x4729 ncpu) (bvult (bvsub ?x4891 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4729 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x2764 $x5520))))))))))))
(check-sat)
