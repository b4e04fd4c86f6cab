; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:167:3
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
 (let ((?x582 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x6490 (bvadd ?x582 (_ bv18446744073709551600 64))))
 (let ((?x5699 (bvadd ?x6490 (_ bv7 64))))
 (let (($x4170 (bvult (bvsub ?x5699 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3840 (bvlshr (bvsub ?x5699 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4061 (and (bvult ?x3840 ncpu) (bvult (bvsub ?x5699 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3840 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3974 (bvlshr (bvsub ?x5699 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4123 (and (bvult ?x3974 ncpu) (bvult (bvsub ?x5699 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3974 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3749 (bvlshr (bvsub ?x5699 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3908 (and (bvult ?x3749 ncpu) (bvult (bvsub ?x5699 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3749 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4385 (or (bvult (bvsub ?x5699 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5699 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5699 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3908 $x4123 $x4061 $x4170)))
 (let (($x4222 (bvult (bvsub ?x6490 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3665 (bvlshr (bvsub ?x6490 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3990 (and (bvult ?x3665 ncpu) (bvult (bvsub ?x6490 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3665 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4003 (bvlshr (bvsub ?x6490 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3753 (and (bvult ?x4003 ncpu) (bvult (bvsub ?x6490 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4003 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7253 (bvlshr (bvsub ?x6490 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3649 (and (bvult ?x7253 ncpu) (bvult (bvsub ?x6490 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7253 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3187 (or (bvult (bvsub ?x6490 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6490 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6490 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3649 $x3753 $x3990 $x4222)))
 (or (not $x3187) (not $x4385))))))))))))))))))))))
(check-sat)
