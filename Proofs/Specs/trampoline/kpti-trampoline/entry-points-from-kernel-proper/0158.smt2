; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16562 (bvadd ?x10437 (_ bv18446744073709551536 64))))
 (let ((?x7279 (bvadd ?x16562 (_ bv7 64))))
 (let ((?x12732 (bvlshr (bvsub ?x7279 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15840 (and (bvult ?x12732 ncpu) (bvult (bvsub ?x7279 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12732 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16575 (bvlshr (bvsub ?x7279 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8226 (and (bvult ?x16575 ncpu) (bvult (bvsub ?x7279 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16575 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16974 (bvlshr (bvsub ?x7279 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14578 (and (bvult ?x16974 ncpu) (bvult (bvsub ?x7279 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16974 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10974 (bvlshr (bvsub ?x16562 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17557 (and (bvult ?x10974 ncpu) (bvult (bvsub ?x16562 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10974 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17576 (bvlshr (bvsub ?x16562 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17510 (and (bvult ?x17576 ncpu) (bvult (bvsub ?x16562 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17576 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15614 (bvlshr (bvsub ?x16562 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17627 (and (bvult ?x15614 ncpu) (bvult (bvsub ?x16562 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15614 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17627 $x17510 $x17557 (bvult (bvsub ?x16562 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14578 $x8226 $x15840 (bvult (bvsub ?x7279 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
