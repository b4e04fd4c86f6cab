; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x16487 (bvadd ?x15367 (_ bv18446744073709551600 64))))
 (let ((?x13042 (bvadd ?x16487 (_ bv7 64))))
 (let ((?x14679 (bvlshr (bvsub ?x13042 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3845 (and (bvult ?x14679 ncpu) (bvult (bvsub ?x13042 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14679 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16422 (bvlshr (bvsub ?x13042 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14181 (and (bvult ?x16422 ncpu) (bvult (bvsub ?x13042 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16422 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14573 (bvlshr (bvsub ?x13042 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10970 (and (bvult ?x14573 ncpu) (bvult (bvsub ?x13042 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14573 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1081 (not (or $x10970 $x14181 $x3845 (bvult (bvsub ?x13042 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x14906 (bvlshr (bvsub ?x16487 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9085 (and (bvult ?x14906 ncpu) (bvult (bvsub ?x16487 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14906 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12987 (bvlshr (bvsub ?x16487 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4802 (and (bvult ?x12987 ncpu) (bvult (bvsub ?x16487 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12987 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16446 (bvlshr (bvsub ?x16487 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16463 (and (bvult ?x16446 ncpu) (bvult (bvsub ?x16487 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16446 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14222 (not (or $x16463 $x4802 $x9085 (bvult (bvsub ?x16487 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x14222 $x1081)))))))))))))))))))
(check-sat)
