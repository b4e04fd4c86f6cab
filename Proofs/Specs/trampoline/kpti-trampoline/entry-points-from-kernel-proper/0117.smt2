; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x10281 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x11843 (bvadd ?x10281 (_ bv18446744073709551600 64))))
 (let ((?x11434 (bvadd ?x11843 (_ bv7 64))))
 (let ((?x5983 (bvlshr (bvsub ?x11434 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12225 (and (bvult ?x5983 ncpu) (bvult (bvsub ?x11434 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5983 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9411 (bvlshr (bvsub ?x11434 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12430 (and (bvult ?x9411 ncpu) (bvult (bvsub ?x11434 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9411 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8478 (bvlshr (bvsub ?x11434 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2205 (and (bvult ?x8478 ncpu) (bvult (bvsub ?x11434 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8478 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6457 (bvlshr (bvsub ?x11843 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5771 (and (bvult ?x6457 ncpu) (bvult (bvsub ?x11843 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6457 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9732 (bvlshr (bvsub ?x11843 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10165 (and (bvult ?x9732 ncpu) (bvult (bvsub ?x11843 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9732 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5098 (bvlshr (bvsub ?x11843 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10979 (and (bvult ?x5098 ncpu) (bvult (bvsub ?x11843 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5098 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10979 $x10165 $x5771 (bvult (bvsub ?x11843 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2205 $x12430 $x12225 (bvult (bvsub ?x11434 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
