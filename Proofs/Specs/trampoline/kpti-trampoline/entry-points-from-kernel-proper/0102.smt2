; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:211:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x582 (bvadd ?x944 (_ bv18446744073709551528 64))))
 (let ((?x13226 (bvadd ?x582 (_ bv7 64))))
 (let (($x13000 (bvult (bvsub ?x13226 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6150 (bvlshr (bvsub ?x13226 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7479 (and (bvult ?x6150 ncpu) (bvult (bvsub ?x13226 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6150 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9950 (bvlshr (bvsub ?x13226 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2538 (and (bvult ?x9950 ncpu) (bvult (bvsub ?x13226 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9950 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10774 (bvlshr (bvsub ?x13226 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6278 (and (bvult ?x10774 ncpu) (bvult (bvsub ?x13226 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10774 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12243 (or (bvult (bvsub ?x13226 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13226 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13226 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6278 $x2538 $x7479 $x13000)))
 (let (($x10379 (bvult (bvsub ?x582 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2691 (bvlshr (bvsub ?x582 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12190 (and (bvult ?x2691 ncpu) (bvult (bvsub ?x582 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2691 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8097 (bvlshr (bvsub ?x582 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6858 (and (bvult ?x8097 ncpu) (bvult (bvsub ?x582 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8097 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3577 (bvlshr (bvsub ?x582 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10536 (and (bvult ?x3577 ncpu) (bvult (bvsub ?x582 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3577 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10435 (or (bvult (bvsub ?x582 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x582 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x582 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10536 $x6858 $x12190 $x10379)))
 (or (not $x10435) (not $x12243))))))))))))))))))))))
(check-sat)
