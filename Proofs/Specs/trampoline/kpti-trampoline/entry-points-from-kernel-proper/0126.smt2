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
 (let ((?x14494 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x12609 (bvadd ?x14494 (_ bv18446744073709551608 64))))
 (let ((?x9836 (bvadd ?x12609 (_ bv7 64))))
 (let ((?x14389 (bvlshr (bvsub ?x9836 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11063 (and (bvult ?x14389 ncpu) (bvult (bvsub ?x9836 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14389 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13972 (bvlshr (bvsub ?x9836 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4300 (and (bvult ?x13972 ncpu) (bvult (bvsub ?x9836 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13972 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1659 (bvlshr (bvsub ?x9836 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8912 (and (bvult ?x1659 ncpu) (bvult (bvsub ?x9836 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1659 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13862 (bvlshr (bvsub ?x12609 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7861 (and (bvult ?x13862 ncpu) (bvult (bvsub ?x12609 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13862 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4226 (bvlshr (bvsub ?x12609 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x533 (and (bvult ?x4226 ncpu) (bvult (bvsub ?x12609 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4226 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9118 (bvlshr (bvsub ?x12609 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8412 (and (bvult ?x9118 ncpu) (bvult (bvsub ?x12609 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9118 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8412 $x533 $x7861 (bvult (bvsub ?x12609 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8912 $x4300 $x11063 (bvult (bvsub ?x9836 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
