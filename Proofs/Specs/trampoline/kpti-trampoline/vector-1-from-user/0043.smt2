; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:199:3
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
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x18786 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x6046 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x20400 (bvadd ?x6046 (_ bv18446744073709551480 64))))
 (let ((?x19208 (bvlshr (bvsub ?x20400 ?x18786) (_ bv16 64))))
 (let (($x9863 (and (bvult ?x19208 ncpu) (bvult (bvsub ?x20400 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x19208 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x14234 (bvlshr (bvsub ?x20400 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16648 (and (bvult ?x14234 ncpu) (bvult (bvsub ?x20400 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14234 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x16648 $x9863))))))))))))
(check-sat)
