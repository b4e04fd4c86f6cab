; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:193:3
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
 (let ((?x9708 (bvadd ?x15367 (_ bv18446744073709551496 64))))
 (let ((?x16489 (bvadd ?x9708 (_ bv7 64))))
 (let ((?x9576 (bvlshr (bvsub ?x16489 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15667 (and (bvult ?x9576 ncpu) (bvult (bvsub ?x16489 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9576 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17230 (bvlshr (bvsub ?x16489 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15431 (and (bvult ?x17230 ncpu) (bvult (bvsub ?x16489 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17230 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15483 (bvlshr (bvsub ?x16489 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14147 (and (bvult ?x15483 ncpu) (bvult (bvsub ?x16489 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15483 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15943 (bvlshr (bvsub ?x9708 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16511 (and (bvult ?x15943 ncpu) (bvult (bvsub ?x9708 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15943 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3396 (bvlshr (bvsub ?x9708 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8908 (and (bvult ?x3396 ncpu) (bvult (bvsub ?x9708 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3396 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12085 (bvlshr (bvsub ?x9708 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17770 (and (bvult ?x12085 ncpu) (bvult (bvsub ?x9708 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12085 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17770 $x8908 $x16511 (bvult (bvsub ?x9708 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14147 $x15431 $x15667 (bvult (bvsub ?x16489 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
