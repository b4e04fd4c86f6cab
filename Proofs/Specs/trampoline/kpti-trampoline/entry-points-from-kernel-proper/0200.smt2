; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:239:3
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
 (let ((?x12730 (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64))))
 (let ((?x19933 (bvadd ?x12730 (_ bv7 64))))
 (let ((?x7643 (bvlshr (bvsub ?x19933 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20055 (and (bvult ?x7643 ncpu) (bvult (bvsub ?x19933 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7643 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x20106 (bvlshr (bvsub ?x19933 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20372 (and (bvult ?x20106 ncpu) (bvult (bvsub ?x19933 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20106 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9409 (bvlshr (bvsub ?x19933 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18207 (and (bvult ?x9409 ncpu) (bvult (bvsub ?x19933 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9409 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18382 (or (bvult (bvsub ?x19933 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19933 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19933 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18207 $x20372 $x20055 (bvult (bvsub ?x19933 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x19925 (bvlshr (bvsub ?x12730 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19845 (and (bvult ?x19925 ncpu) (bvult (bvsub ?x12730 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19925 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18768 (bvlshr (bvsub ?x12730 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20180 (and (bvult ?x18768 ncpu) (bvult (bvsub ?x12730 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18768 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14847 (bvlshr (bvsub ?x12730 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3710 (and (bvult ?x14847 ncpu) (bvult (bvsub ?x12730 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14847 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12716 (or (bvult (bvsub ?x12730 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12730 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12730 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3710 $x20180 $x19845 (bvult (bvsub ?x12730 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x12716) (not $x18382)))))))))))))))))))
(check-sat)
