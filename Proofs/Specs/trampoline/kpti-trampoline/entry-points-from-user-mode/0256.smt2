; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x60590 (bvadd ?x11005 (_ bv16344 64))))
 (let ((?x63856 (bvadd ?x60590 (_ bv7 64))))
 (let ((?x71562 (bvlshr (bvsub ?x63856 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55658 (and (bvult ?x71562 ncpu) (bvult (bvsub ?x63856 (bvadd (_ bv18446683600570023936 64) (bvmul ?x71562 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x70322 (bvlshr (bvsub ?x63856 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66730 (and (bvult ?x70322 ncpu) (bvult (bvsub ?x63856 (bvadd (_ bv18446741874687344640 64) (bvmul ?x70322 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70710 (bvlshr (bvsub ?x63856 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70690 (and (bvult ?x70710 ncpu) (bvult (bvsub ?x63856 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70710 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x62848 (bvlshr (bvsub ?x60590 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x71418 (and (bvult ?x62848 ncpu) (bvult (bvsub ?x60590 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62848 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x52143 (bvlshr (bvsub ?x60590 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70435 (and (bvult ?x52143 ncpu) (bvult (bvsub ?x60590 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52143 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x72353 (bvlshr (bvsub ?x60590 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71025 (and (bvult ?x72353 ncpu) (bvult (bvsub ?x60590 (bvadd (_ bv18446612686364999680 64) (bvmul ?x72353 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x71025 $x70435 $x71418 (bvult (bvsub ?x60590 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x70690 $x66730 $x55658 (bvult (bvsub ?x63856 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
