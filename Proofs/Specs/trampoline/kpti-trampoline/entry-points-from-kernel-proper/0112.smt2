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
 (let ((?x360 (bvmul c!6 (_ bv65536 64))))
 (let ((?x321 (bvadd (_ bv18446612686364999680 64) ?x360)))
 (let ((?x15080 (bvadd ?x321 (_ bv44 64))))
 (let ((?x15081 (bvadd ?x15080 (_ bv7 64))))
 (let ((?x15072 (bvlshr (bvsub ?x15081 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9429 (and (bvult ?x15072 ncpu) (bvult (bvsub ?x15081 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15072 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15055 (bvlshr (bvsub ?x15081 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15096 (and (bvult ?x15055 ncpu) (bvult (bvsub ?x15081 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15055 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15056 (bvlshr (bvsub ?x15081 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8668 (and (bvult ?x15056 ncpu) (bvult (bvsub ?x15081 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15056 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10175 (or (bvult (bvsub ?x15081 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15081 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15081 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8668 $x15096 $x9429 (bvult (bvsub ?x15081 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x15104 (bvlshr (bvsub ?x15080 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9033 (and (bvult ?x15104 ncpu) (bvult (bvsub ?x15080 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15104 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14986 (bvlshr (bvsub ?x15080 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15082 (and (bvult ?x14986 ncpu) (bvult (bvsub ?x15080 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14986 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7432 (bvlshr (bvsub ?x15080 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14977 (and (bvult ?x7432 ncpu) (bvult (bvsub ?x15080 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7432 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15098 (or (bvult (bvsub ?x15080 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15080 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15080 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14977 $x15082 $x9033 (bvult (bvsub ?x15080 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x15098) (not $x10175)))))))))))))))))))))
(check-sat)
