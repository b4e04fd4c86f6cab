; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x909 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x909)))
 (let ((?x13462 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x21237 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x32016 (bvadd ?x21237 (_ bv18446744073709551512 64))))
 (let ((?x7871 (bvlshr (bvsub ?x32016 ?x13462) (_ bv16 64))))
 (let (($x37486 (and (bvult ?x7871 ncpu) (bvult (bvsub ?x32016 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7871 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x7658 (bvlshr (bvsub ?x32016 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9938 (bvult (bvsub ?x32016 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7658 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x25329 (bvult ?x7658 ncpu)))
 (not (or (and $x25329 $x9938) $x37486)))))))))))))
(check-sat)
