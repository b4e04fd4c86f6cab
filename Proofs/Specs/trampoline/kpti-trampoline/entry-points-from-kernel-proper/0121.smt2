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
 (let ((?x11665 (bvadd ?x10281 (_ bv18446744073709551584 64))))
 (let ((?x12371 (bvadd ?x11665 (_ bv7 64))))
 (let ((?x12048 (bvlshr (bvsub ?x12371 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2142 (and (bvult ?x12048 ncpu) (bvult (bvsub ?x12371 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12048 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12023 (bvlshr (bvsub ?x12371 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6691 (and (bvult ?x12023 ncpu) (bvult (bvsub ?x12371 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12023 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10360 (bvlshr (bvsub ?x12371 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11215 (and (bvult ?x10360 ncpu) (bvult (bvsub ?x12371 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10360 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9051 (bvlshr (bvsub ?x11665 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7442 (and (bvult ?x9051 ncpu) (bvult (bvsub ?x11665 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9051 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10884 (bvlshr (bvsub ?x11665 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3985 (and (bvult ?x10884 ncpu) (bvult (bvsub ?x11665 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10884 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3301 (bvlshr (bvsub ?x11665 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14266 (and (bvult ?x3301 ncpu) (bvult (bvsub ?x11665 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3301 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x14266 $x3985 $x7442 (bvult (bvsub ?x11665 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11215 $x6691 $x2142 (bvult (bvsub ?x12371 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
