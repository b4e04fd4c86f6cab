; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:158:3
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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x7013 (bvmul c!6 (_ bv65536 64))))
 (let ((?x13212 (bvadd (_ bv18446741874687344640 64) ?x7013)))
 (let ((?x72153 (bvadd ?x13212 (_ bv8152 64))))
 (let ((?x47064 (bvlshr (bvsub ?x72153 ?x11143) (_ bv16 64))))
 (let (($x66917 (and (bvult ?x47064 ncpu) (bvult (bvsub ?x72153 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x47064 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x66140 (bvlshr (bvsub ?x72153 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72358 (and (bvult ?x66140 ncpu) (bvult (bvsub ?x72153 (bvadd (_ bv18446683600570023936 64) (bvmul ?x66140 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x72358 $x66917)))))))))))))
(check-sat)
