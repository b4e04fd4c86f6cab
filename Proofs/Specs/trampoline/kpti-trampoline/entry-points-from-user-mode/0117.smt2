; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:191:3
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
 (let ((?x25115 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x32783 (bvadd ?x25115 (_ bv18446744073709551512 64))))
 (let ((?x29478 (bvlshr (bvsub ?x32783 ?x412) (_ bv16 64))))
 (let (($x33354 (and (bvult ?x29478 ncpu) (bvult (bvsub ?x32783 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x29478 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x33537 (bvlshr (bvsub ?x32783 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x28282 (bvult (bvsub ?x32783 (bvadd (_ bv18446683600570023936 64) (bvmul ?x33537 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x34167 (bvult ?x33537 ncpu)))
 (not (or (and $x34167 $x28282) $x33354)))))))))))))
(check-sat)
