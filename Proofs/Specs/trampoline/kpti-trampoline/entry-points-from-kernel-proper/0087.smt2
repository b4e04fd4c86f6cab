; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10989 (bvadd ?x9097 (_ bv18446744073709551512 64))))
 (let ((?x9725 (bvadd ?x10989 (_ bv7 64))))
 (let ((?x9472 (bvlshr (bvsub ?x9725 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12095 (and (bvult ?x9472 ncpu) (bvult (bvsub ?x9725 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9472 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2586 (bvlshr (bvsub ?x9725 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8358 (and (bvult ?x2586 ncpu) (bvult (bvsub ?x9725 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2586 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6554 (bvlshr (bvsub ?x9725 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10389 (and (bvult ?x6554 ncpu) (bvult (bvsub ?x9725 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6554 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5176 (bvlshr (bvsub ?x10989 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12347 (and (bvult ?x5176 ncpu) (bvult (bvsub ?x10989 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5176 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7411 (bvlshr (bvsub ?x10989 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x515 (and (bvult ?x7411 ncpu) (bvult (bvsub ?x10989 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7411 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8778 (bvlshr (bvsub ?x10989 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5681 (and (bvult ?x8778 ncpu) (bvult (bvsub ?x10989 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8778 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5681 $x515 $x12347 (bvult (bvsub ?x10989 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10389 $x8358 $x12095 (bvult (bvsub ?x9725 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
