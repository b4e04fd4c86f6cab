; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:234:3
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
 (let ((?x733 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x733)))
 (let ((?x412 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x42138 (bvadd ?x15133 (_ bv18446744073709551560 64))))
 (let ((?x52305 (bvlshr (bvsub ?x42138 ?x412) (_ bv16 64))))
 (let (($x49777 (and (bvult ?x52305 ncpu) (bvult (bvsub ?x42138 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x52305 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x55285 (bvlshr (bvsub ?x42138 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x52116 (and (bvult ?x55285 ncpu) (bvult (bvsub ?x42138 (bvadd (_ bv18446683600570023936 64) (bvmul ?x55285 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x52116 $x49777))))))))))))
(check-sat)
