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
 (let ((?x4464 (bvmul c!6 (_ bv65536 64))))
 (let ((?x3811 (bvadd (_ bv18446741874687344640 64) ?x4464)))
 (let ((?x68487 (bvadd ?x3811 (_ bv8184 64))))
 (let ((?x65012 (bvadd ?x68487 (_ bv7 64))))
 (let ((?x71375 (bvlshr (bvsub ?x65012 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x67749 (and (bvult ?x71375 ncpu) (bvult (bvsub ?x65012 (bvadd (_ bv18446683600570023936 64) (bvmul ?x71375 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x39577 (bvlshr (bvsub ?x65012 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66687 (and (bvult ?x39577 ncpu) (bvult (bvsub ?x65012 (bvadd (_ bv18446741874687344640 64) (bvmul ?x39577 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x68554 (bvlshr (bvsub ?x65012 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x58509 (and (bvult ?x68554 ncpu) (bvult (bvsub ?x65012 (bvadd (_ bv18446612686364999680 64) (bvmul ?x68554 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x51254 (bvlshr (bvsub ?x68487 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68735 (and (bvult ?x51254 ncpu) (bvult (bvsub ?x68487 (bvadd (_ bv18446683600570023936 64) (bvmul ?x51254 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x67270 (bvlshr (bvsub ?x68487 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55679 (and (bvult ?x67270 ncpu) (bvult (bvsub ?x68487 (bvadd (_ bv18446741874687344640 64) (bvmul ?x67270 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x62528 (bvlshr (bvsub ?x68487 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x39227 (and (bvult ?x62528 ncpu) (bvult (bvsub ?x68487 (bvadd (_ bv18446612686364999680 64) (bvmul ?x62528 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x39227 $x55679 $x68735 (bvult (bvsub ?x68487 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x58509 $x66687 $x67749 (bvult (bvsub ?x65012 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
