; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x4232 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x4265 (bvadd ?x4232 (_ bv7 64))))
 (let ((?x5192 (bvlshr (bvsub ?x4265 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5205 (and (bvult ?x5192 ncpu) (bvult (bvsub ?x4265 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5192 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5168 (bvlshr (bvsub ?x4265 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5186 (and (bvult ?x5168 ncpu) (bvult (bvsub ?x4265 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5168 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5883 (bvlshr (bvsub ?x4265 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5162 (and (bvult ?x5883 ncpu) (bvult (bvsub ?x4265 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5883 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4236 (or (bvult (bvsub ?x4265 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4265 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4265 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5162 $x5186 $x5205 (bvult (bvsub ?x4265 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x496 (not $x4236)))
 (let ((?x4409 (bvlshr (bvsub ?x4232 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4519 (and (bvult ?x4409 ncpu) (bvult (bvsub ?x4232 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4409 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x296 (bvlshr (bvsub ?x4232 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5093 (and (bvult ?x296 ncpu) (bvult (bvsub ?x4232 (bvadd (_ bv18446741874687344640 64) (bvmul ?x296 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3318 (bvlshr (bvsub ?x4232 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5843 (and (bvult ?x3318 ncpu) (bvult (bvsub ?x4232 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3318 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5106 (or (bvult (bvsub ?x4232 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4232 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4232 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5843 $x5093 $x4519 (bvult (bvsub ?x4232 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x5107 (not $x5106)))
 (or $x5107 $x496))))))))))))))))))))
(check-sat)
