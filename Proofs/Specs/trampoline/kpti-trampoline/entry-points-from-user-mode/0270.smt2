; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:159:3
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
 (let ((?x4464 (bvmul c!6 (_ bv65536 64))))
 (let ((?x3811 (bvadd (_ bv18446741874687344640 64) ?x4464)))
 (let ((?x68487 (bvadd ?x3811 (_ bv8184 64))))
 (let ((?x68601 (bvlshr (bvsub ?x68487 ?x412) (_ bv16 64))))
 (let (($x35793 (and (bvult ?x68601 ncpu) (bvult (bvsub ?x68487 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x68601 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x51254 (bvlshr (bvsub ?x68487 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68735 (and (bvult ?x51254 ncpu) (bvult (bvsub ?x68487 (bvadd (_ bv18446683600570023936 64) (bvmul ?x51254 (_ bv16384 64)))) (_ bv16384 64)))))
 (not (or $x68735 $x35793)))))))))))))
(check-sat)
