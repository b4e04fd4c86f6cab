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
 (let ((?x3262 (bvadd ?x321 (_ bv36 64))))
 (let ((?x1626 (bvadd ?x3262 (_ bv7 64))))
 (let ((?x5359 (bvlshr (bvsub ?x1626 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8927 (and (bvult ?x5359 ncpu) (bvult (bvsub ?x1626 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5359 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7065 (bvlshr (bvsub ?x1626 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6095 (and (bvult ?x7065 ncpu) (bvult (bvsub ?x1626 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7065 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6802 (bvlshr (bvsub ?x1626 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x946 (and (bvult ?x6802 ncpu) (bvult (bvsub ?x1626 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6802 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9551 (or (bvult (bvsub ?x1626 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1626 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1626 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x946 $x6095 $x8927 (bvult (bvsub ?x1626 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x5820 (bvlshr (bvsub ?x3262 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8165 (and (bvult ?x5820 ncpu) (bvult (bvsub ?x3262 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5820 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9423 (bvlshr (bvsub ?x3262 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6347 (and (bvult ?x9423 ncpu) (bvult (bvsub ?x3262 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9423 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4110 (bvlshr (bvsub ?x3262 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x690 (and (bvult ?x4110 ncpu) (bvult (bvsub ?x3262 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4110 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10603 (or (bvult (bvsub ?x3262 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3262 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3262 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x690 $x6347 $x8165 (bvult (bvsub ?x3262 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x10603) (not $x9551)))))))))))))))))))))
(check-sat)
