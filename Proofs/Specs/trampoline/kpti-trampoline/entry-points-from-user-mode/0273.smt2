; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:162:3
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
 (let ((?x71316 (bvadd ?x3811 (_ bv8160 64))))
 (let ((?x71560 (bvadd ?x71316 (_ bv7 64))))
 (let ((?x65320 (bvlshr (bvsub ?x71560 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72199 (and (bvult ?x65320 ncpu) (bvult (bvsub ?x71560 (bvadd (_ bv18446683600570023936 64) (bvmul ?x65320 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x69276 (bvlshr (bvsub ?x71560 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x57286 (and (bvult ?x69276 ncpu) (bvult (bvsub ?x71560 (bvadd (_ bv18446741874687344640 64) (bvmul ?x69276 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x69759 (bvlshr (bvsub ?x71560 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69461 (and (bvult ?x69759 ncpu) (bvult (bvsub ?x71560 (bvadd (_ bv18446612686364999680 64) (bvmul ?x69759 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x72494 (bvlshr (bvsub ?x71316 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70695 (and (bvult ?x72494 ncpu) (bvult (bvsub ?x71316 (bvadd (_ bv18446683600570023936 64) (bvmul ?x72494 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x71228 (bvlshr (bvsub ?x71316 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70465 (and (bvult ?x71228 ncpu) (bvult (bvsub ?x71316 (bvadd (_ bv18446741874687344640 64) (bvmul ?x71228 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x68004 (bvlshr (bvsub ?x71316 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67128 (and (bvult ?x68004 ncpu) (bvult (bvsub ?x71316 (bvadd (_ bv18446612686364999680 64) (bvmul ?x68004 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x67128 $x70465 $x70695 (bvult (bvsub ?x71316 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x69461 $x57286 $x72199 (bvult (bvsub ?x71560 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
