; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:185:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3131 (bvadd ?x7602 (_ bv18446744073709551520 64))))
 (let ((?x3587 (bvadd ?x3131 (_ bv7 64))))
 (let ((?x5094 (bvlshr (bvsub ?x3587 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4337 (and (bvult ?x5094 ncpu) (bvult (bvsub ?x3587 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5094 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5647 (bvlshr (bvsub ?x3587 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8372 (and (bvult ?x5647 ncpu) (bvult (bvsub ?x3587 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5647 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5835 (bvlshr (bvsub ?x3587 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6042 (and (bvult ?x5835 ncpu) (bvult (bvsub ?x3587 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5835 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8382 (bvlshr (bvsub ?x3131 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8574 (and (bvult ?x8382 ncpu) (bvult (bvsub ?x3131 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8382 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3261 (bvlshr (bvsub ?x3131 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8521 (and (bvult ?x3261 ncpu) (bvult (bvsub ?x3131 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3261 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9218 (bvlshr (bvsub ?x3131 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3004 (and (bvult ?x9218 ncpu) (bvult (bvsub ?x3131 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9218 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3004 $x8521 $x8574 (bvult (bvsub ?x3131 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6042 $x8372 $x4337 (bvult (bvsub ?x3587 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
