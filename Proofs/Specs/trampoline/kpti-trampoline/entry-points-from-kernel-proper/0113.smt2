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
 (let ((?x10829 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x14188 (bvadd ?x10829 (_ bv7 64))))
 (let ((?x11672 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4488 (and (bvult ?x11672 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11672 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7917 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15131 (and (bvult ?x7917 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7917 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11440 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15138 (and (bvult ?x11440 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11440 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x11153 (bvlshr (bvsub ?x10829 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10390 (and (bvult ?x11153 ncpu) (bvult (bvsub ?x10829 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11153 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13315 (bvlshr (bvsub ?x10829 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2257 (and (bvult ?x13315 ncpu) (bvult (bvsub ?x10829 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13315 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2510 (bvlshr (bvsub ?x10829 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11598 (and (bvult ?x2510 ncpu) (bvult (bvsub ?x10829 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2510 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11598 $x2257 $x10390 (bvult (bvsub ?x10829 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15138 $x15131 $x4488 (bvult (bvsub ?x14188 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
