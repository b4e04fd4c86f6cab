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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x7013 (bvmul c!6 (_ bv65536 64))))
 (let ((?x13212 (bvadd (_ bv18446741874687344640 64) ?x7013)))
 (let ((?x40761 (bvadd ?x13212 (_ bv8168 64))))
 (let ((?x62871 (bvlshr (bvsub ?x40761 ?x11143) (_ bv16 64))))
 (let (($x34045 (and (bvult ?x62871 ncpu) (bvult (bvsub ?x40761 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x62871 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x70588 (bvlshr (bvsub ?x40761 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x64795 (and (bvult ?x70588 ncpu) (bvult (bvsub ?x40761 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70588 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x64795 $x34045)))))))))))))
(check-sat)
