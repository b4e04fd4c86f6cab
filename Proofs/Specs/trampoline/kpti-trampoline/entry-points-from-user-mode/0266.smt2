; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:156:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x56828 (bvadd ?x11005 (_ bv16336 64))))
 (let ((?x68541 (bvlshr (bvsub ?x56828 ?x412) (_ bv16 64))))
 (let (($x69132 (and (bvult ?x68541 ncpu) (bvult (bvsub ?x56828 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x68541 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x66787 (bvlshr (bvsub ?x56828 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x65918 (and (bvult ?x66787 ncpu) (bvult (bvsub ?x56828 (bvadd (_ bv18446683600570023936 64) (bvmul ?x66787 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x65918 $x69132))))))))))))
(check-sat)
