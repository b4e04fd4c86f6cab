; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:241:3
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
 (let ((?x9321 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x18223 (bvadd ?x9321 (_ bv16376 64))))
 (let ((?x15440 (bvadd ?x18223 (_ bv7 64))))
 (let ((?x18247 (bvlshr (bvsub ?x15440 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19052 (and (bvult ?x18247 ncpu) (bvult (bvsub ?x15440 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18247 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x20311 (bvlshr (bvsub ?x15440 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6853 (and (bvult ?x20311 ncpu) (bvult (bvsub ?x15440 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20311 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15537 (bvlshr (bvsub ?x15440 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16291 (and (bvult ?x15537 ncpu) (bvult (bvsub ?x15440 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15537 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13203 (or (bvult (bvsub ?x15440 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15440 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15440 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16291 $x6853 $x19052 (bvult (bvsub ?x15440 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x10473 (bvlshr (bvsub ?x18223 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13611 (and (bvult ?x10473 ncpu) (bvult (bvsub ?x18223 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10473 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15627 (bvlshr (bvsub ?x18223 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20197 (and (bvult ?x15627 ncpu) (bvult (bvsub ?x18223 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15627 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9694 (bvlshr (bvsub ?x18223 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16966 (and (bvult ?x9694 ncpu) (bvult (bvsub ?x18223 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9694 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2666 (or (bvult (bvsub ?x18223 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18223 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18223 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16966 $x20197 $x13611 (bvult (bvsub ?x18223 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x2666) (not $x13203))))))))))))))))))))
(check-sat)
