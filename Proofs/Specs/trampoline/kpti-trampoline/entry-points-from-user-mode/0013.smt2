; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:123:3
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
 (let ((?x11111 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x5282 (bvadd ?x11111 (_ bv16360 64))))
 (let ((?x10910 (bvadd ?x5282 (_ bv7 64))))
 (let ((?x8161 (bvlshr (bvsub ?x10910 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11786 (and (bvult ?x8161 ncpu) (bvult (bvsub ?x10910 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8161 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8647 (bvlshr (bvsub ?x10910 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x344 (and (bvult ?x8647 ncpu) (bvult (bvsub ?x10910 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8647 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5297 (bvlshr (bvsub ?x10910 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9377 (and (bvult ?x5297 ncpu) (bvult (bvsub ?x10910 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5297 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5127 (bvlshr (bvsub ?x5282 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5112 (and (bvult ?x5127 ncpu) (bvult (bvsub ?x5282 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5127 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3417 (bvlshr (bvsub ?x5282 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8687 (and (bvult ?x3417 ncpu) (bvult (bvsub ?x5282 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3417 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13279 (bvlshr (bvsub ?x5282 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1621 (and (bvult ?x13279 ncpu) (bvult (bvsub ?x5282 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13279 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1621 $x8687 $x5112 (bvult (bvsub ?x5282 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9377 $x344 $x11786 (bvult (bvsub ?x10910 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
