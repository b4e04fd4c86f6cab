; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:158:3
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
 (let ((?x69415 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4104 64)) (_ bv0 64))))
 (let ((?x52261 (bvadd ?x69415 (_ bv7 64))))
 (let ((?x71110 (bvlshr (bvsub ?x52261 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x67881 (and (bvult ?x71110 ncpu) (bvult (bvsub ?x52261 (bvadd (_ bv18446683600570023936 64) (bvmul ?x71110 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x70431 (bvlshr (bvsub ?x52261 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55545 (and (bvult ?x70431 ncpu) (bvult (bvsub ?x52261 (bvadd (_ bv18446741874687344640 64) (bvmul ?x70431 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70296 (bvlshr (bvsub ?x52261 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65499 (and (bvult ?x70296 ncpu) (bvult (bvsub ?x52261 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70296 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x64812 (or (bvult (bvsub ?x52261 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x52261 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x52261 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x65499 $x55545 $x67881 (bvult (bvsub ?x52261 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x59508 (bvlshr (bvsub ?x69415 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x65201 (and (bvult ?x59508 ncpu) (bvult (bvsub ?x69415 (bvadd (_ bv18446683600570023936 64) (bvmul ?x59508 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x38842 (bvlshr (bvsub ?x69415 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71313 (and (bvult ?x38842 ncpu) (bvult (bvsub ?x69415 (bvadd (_ bv18446741874687344640 64) (bvmul ?x38842 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x67072 (bvlshr (bvsub ?x69415 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68703 (and (bvult ?x67072 ncpu) (bvult (bvsub ?x69415 (bvadd (_ bv18446612686364999680 64) (bvmul ?x67072 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x52936 (or (bvult (bvsub ?x69415 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x69415 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x69415 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x68703 $x71313 $x65201 (bvult (bvsub ?x69415 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x52936) (not $x64812)))))))))))))))))))
(check-sat)
