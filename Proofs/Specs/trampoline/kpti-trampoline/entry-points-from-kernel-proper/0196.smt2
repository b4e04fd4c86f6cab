; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:235:3
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
 (let ((?x10224 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x20583 (bvadd ?x10224 (_ bv16368 64))))
 (let ((?x16670 (bvadd ?x20583 (_ bv7 64))))
 (let ((?x18893 (bvlshr (bvsub ?x16670 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x21537 (and (bvult ?x18893 ncpu) (bvult (bvsub ?x16670 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18893 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19453 (bvlshr (bvsub ?x16670 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19233 (and (bvult ?x19453 ncpu) (bvult (bvsub ?x16670 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19453 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16830 (bvlshr (bvsub ?x16670 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14854 (and (bvult ?x16830 ncpu) (bvult (bvsub ?x16670 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16830 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x20546 (or (bvult (bvsub ?x16670 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16670 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16670 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14854 $x19233 $x21537 (bvult (bvsub ?x16670 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x21536 (bvlshr (bvsub ?x20583 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19548 (and (bvult ?x21536 ncpu) (bvult (bvsub ?x20583 (bvadd (_ bv18446683600570023936 64) (bvmul ?x21536 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x21498 (bvlshr (bvsub ?x20583 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20076 (and (bvult ?x21498 ncpu) (bvult (bvsub ?x20583 (bvadd (_ bv18446741874687344640 64) (bvmul ?x21498 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16006 (bvlshr (bvsub ?x20583 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10627 (and (bvult ?x16006 ncpu) (bvult (bvsub ?x20583 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16006 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x20671 (or (bvult (bvsub ?x20583 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20583 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20583 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10627 $x20076 $x19548 (bvult (bvsub ?x20583 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x20671) (not $x20546))))))))))))))))))))
(check-sat)
