; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:209:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15449 (bvadd ?x15984 (_ bv18446744073709551512 64))))
 (let ((?x17675 (bvadd ?x15449 (_ bv7 64))))
 (let (($x15442 (bvult (bvsub ?x17675 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5019 (bvlshr (bvsub ?x17675 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18743 (and (bvult ?x5019 ncpu) (bvult (bvsub ?x17675 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5019 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12710 (bvlshr (bvsub ?x17675 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15899 (and (bvult ?x12710 ncpu) (bvult (bvsub ?x17675 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12710 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18509 (bvlshr (bvsub ?x17675 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16500 (and (bvult ?x18509 ncpu) (bvult (bvsub ?x17675 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18509 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19439 (or (bvult (bvsub ?x17675 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17675 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17675 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16500 $x15899 $x18743 $x15442)))
 (let (($x5057 (bvult (bvsub ?x15449 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13374 (bvlshr (bvsub ?x15449 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18099 (and (bvult ?x13374 ncpu) (bvult (bvsub ?x15449 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13374 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8312 (bvlshr (bvsub ?x15449 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18652 (and (bvult ?x8312 ncpu) (bvult (bvsub ?x15449 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8312 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4513 (bvlshr (bvsub ?x15449 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6551 (and (bvult ?x4513 ncpu) (bvult (bvsub ?x15449 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4513 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19894 (or (bvult (bvsub ?x15449 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15449 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15449 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6551 $x18652 $x18099 $x5057)))
 (or (not $x19894) (not $x19439))))))))))))))))))))))
(check-sat)
