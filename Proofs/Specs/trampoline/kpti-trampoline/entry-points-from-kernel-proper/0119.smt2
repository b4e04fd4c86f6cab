; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x10648 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x14495 (bvadd ?x10648 (_ bv18446744073709551584 64))))
 (let ((?x13677 (bvadd ?x14495 (_ bv7 64))))
 (let ((?x12442 (bvlshr (bvsub ?x13677 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12596 (and (bvult ?x12442 ncpu) (bvult (bvsub ?x13677 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12442 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11034 (bvlshr (bvsub ?x13677 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5498 (and (bvult ?x11034 ncpu) (bvult (bvsub ?x13677 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11034 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15602 (bvlshr (bvsub ?x13677 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15652 (and (bvult ?x15602 ncpu) (bvult (bvsub ?x13677 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15602 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15628 (bvlshr (bvsub ?x14495 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2219 (and (bvult ?x15628 ncpu) (bvult (bvsub ?x14495 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15628 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14163 (bvlshr (bvsub ?x14495 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4414 (and (bvult ?x14163 ncpu) (bvult (bvsub ?x14495 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14163 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10200 (bvlshr (bvsub ?x14495 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15233 (and (bvult ?x10200 ncpu) (bvult (bvsub ?x14495 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10200 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15233 $x4414 $x2219 (bvult (bvsub ?x14495 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15652 $x5498 $x12596 (bvult (bvsub ?x13677 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
