; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x18124 (bvadd ?x15367 (_ bv18446744073709551520 64))))
 (let ((?x8170 (bvadd ?x18124 (_ bv7 64))))
 (let ((?x5596 (bvlshr (bvsub ?x8170 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18172 (and (bvult ?x5596 ncpu) (bvult (bvsub ?x8170 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5596 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14963 (bvlshr (bvsub ?x8170 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17659 (and (bvult ?x14963 ncpu) (bvult (bvsub ?x8170 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14963 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12063 (bvlshr (bvsub ?x8170 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16510 (and (bvult ?x12063 ncpu) (bvult (bvsub ?x8170 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12063 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13112 (bvlshr (bvsub ?x18124 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17049 (and (bvult ?x13112 ncpu) (bvult (bvsub ?x18124 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13112 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15316 (bvlshr (bvsub ?x18124 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15875 (and (bvult ?x15316 ncpu) (bvult (bvsub ?x18124 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15316 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15315 (bvlshr (bvsub ?x18124 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16472 (and (bvult ?x15315 ncpu) (bvult (bvsub ?x18124 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15315 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x16472 $x15875 $x17049 (bvult (bvsub ?x18124 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16510 $x17659 $x18172 (bvult (bvsub ?x8170 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
