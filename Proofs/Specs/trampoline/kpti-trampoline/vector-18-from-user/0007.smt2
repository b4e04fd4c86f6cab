; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from user
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
 (let ((?x15159 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x11069 (bvlshr (bvsub ?x15159 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64))) (_ bv4096 64))) (_ bv16 64))))
 (let (($x8731 (and (bvult ?x11069 ncpu) (bvult (bvsub ?x15159 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x11069 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x18840 (bvlshr (bvsub ?x15159 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14071 (bvult (bvsub ?x15159 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18840 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x18910 (bvult ?x18840 ncpu)))
 (not (or (and $x18910 $x14071) $x8731)))))))))
(check-sat)
