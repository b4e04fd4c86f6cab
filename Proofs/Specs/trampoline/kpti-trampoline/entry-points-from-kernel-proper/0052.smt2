; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:220:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7350 (bvadd ?x3058 (_ bv18446744073709551560 64))))
 (let ((?x6034 (bvadd ?x7350 (_ bv7 64))))
 (let (($x4586 (bvult (bvsub ?x6034 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3425 (bvlshr (bvsub ?x6034 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3736 (and (bvult ?x3425 ncpu) (bvult (bvsub ?x6034 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3425 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6364 (bvlshr (bvsub ?x6034 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6116 (and (bvult ?x6364 ncpu) (bvult (bvsub ?x6034 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6364 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4247 (bvlshr (bvsub ?x6034 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6830 (and (bvult ?x4247 ncpu) (bvult (bvsub ?x6034 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4247 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4512 (or (bvult (bvsub ?x6034 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6034 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6034 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6830 $x6116 $x3736 $x4586)))
 (let (($x4196 (bvult (bvsub ?x7350 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6004 (bvlshr (bvsub ?x7350 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2987 (and (bvult ?x6004 ncpu) (bvult (bvsub ?x7350 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6004 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3003 (bvlshr (bvsub ?x7350 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4321 (and (bvult ?x3003 ncpu) (bvult (bvsub ?x7350 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3003 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5515 (bvlshr (bvsub ?x7350 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4322 (and (bvult ?x5515 ncpu) (bvult (bvsub ?x7350 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5515 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2625 (or (bvult (bvsub ?x7350 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7350 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7350 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4322 $x4321 $x2987 $x4196)))
 (or (not $x2625) (not $x4512))))))))))))))))))))))
(check-sat)
