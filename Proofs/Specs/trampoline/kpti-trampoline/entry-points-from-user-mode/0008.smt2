; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:121:3
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
 (let ((?x14241 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv20 64)) (_ bv0 64))))
 (let ((?x14210 (bvadd ?x14241 (_ bv7 64))))
 (let (($x9065 (bvult (bvsub ?x14210 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8800 (bvlshr (bvsub ?x14210 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9022 (bvult (bvsub ?x14210 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8800 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x8978 (bvult ?x8800 ncpu)))
 (let ((?x13089 (bvlshr (bvsub ?x14210 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13144 (bvult (bvsub ?x14210 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13089 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13100 (bvult ?x13089 ncpu)))
 (let ((?x6098 (bvlshr (bvsub ?x14210 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6153 (bvult (bvsub ?x14210 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6098 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x6109 (bvult ?x6098 ncpu)))
 (let (($x1332 (or (bvult (bvsub ?x14210 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14210 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14210 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x6109 $x6153) (and $x13100 $x13144) (and $x8978 $x9022) $x9065)))
 (let (($x6043 (bvult (bvsub ?x14241 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3400 (bvlshr (bvsub ?x14241 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5999 (bvult (bvsub ?x14241 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3400 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x423 (bvult ?x3400 ncpu)))
 (let ((?x13524 (bvlshr (bvsub ?x14241 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13574 (bvult (bvsub ?x14241 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13524 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13534 (bvult ?x13524 ncpu)))
 (let ((?x13849 (bvlshr (bvsub ?x14241 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8382 (bvult (bvsub ?x14241 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13849 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11095 (bvult ?x13849 ncpu)))
 (let (($x13181 (or (bvult (bvsub ?x14241 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14241 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14241 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11095 $x8382) (and $x13534 $x13574) (and $x423 $x5999) $x6043)))
 (or (not $x13181) (not $x1332)))))))))))))))))))))))))))
(check-sat)
