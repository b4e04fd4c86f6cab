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
 (let ((?x8929 (bvadd ?x14494 (_ bv18446744073709551592 64))))
 (let ((?x2419 (bvadd ?x8929 (_ bv7 64))))
 (let ((?x4729 (bvlshr (bvsub ?x2419 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14373 (and (bvult ?x4729 ncpu) (bvult (bvsub ?x2419 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4729 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12579 (bvlshr (bvsub ?x2419 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7142 (and (bvult ?x12579 ncpu) (bvult (bvsub ?x2419 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12579 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9806 (bvlshr (bvsub ?x2419 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11072 (and (bvult ?x9806 ncpu) (bvult (bvsub ?x2419 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9806 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14470 (bvlshr (bvsub ?x8929 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10096 (and (bvult ?x14470 ncpu) (bvult (bvsub ?x8929 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14470 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7219 (bvlshr (bvsub ?x8929 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15064 (and (bvult ?x7219 ncpu) (bvult (bvsub ?x8929 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7219 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15025 (bvlshr (bvsub ?x8929 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14879 (and (bvult ?x15025 ncpu) (bvult (bvsub ?x8929 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15025 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x14879 $x15064 $x10096 (bvult (bvsub ?x8929 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11072 $x7142 $x14373 (bvult (bvsub ?x2419 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
