; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x10838 (bvadd ?x6046 (_ bv18446744073709551512 64))))
 (let ((?x9363 (bvlshr (bvsub ?x10838 ?x18786) (_ bv16 64))))
 (let (($x10289 (and (bvult ?x9363 ncpu) (bvult (bvsub ?x10838 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x9363 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x10264 (bvlshr (bvsub ?x10838 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20386 (bvult (bvsub ?x10838 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10264 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x5034 (bvult ?x10264 ncpu)))
 (not (or (and $x5034 $x20386) $x10289)))))))))))))
(check-sat)
