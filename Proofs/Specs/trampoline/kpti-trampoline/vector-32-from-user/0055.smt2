; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x15090 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x165 (bvmul c!6 (_ bv65536 64))))
 (let ((?x6701 (bvadd (_ bv18446741874687344640 64) ?x165)))
 (let ((?x12666 (bvadd ?x6701 (_ bv8168 64))))
 (let ((?x11567 (bvlshr (bvsub ?x12666 ?x15090) (_ bv16 64))))
 (let (($x4859 (and (bvult ?x11567 ncpu) (bvult (bvsub ?x12666 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x11567 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x8657 (bvlshr (bvsub ?x12666 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12925 (and (bvult ?x8657 ncpu) (bvult (bvsub ?x12666 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8657 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x12925 $x4859)))))))))))))
(check-sat)
