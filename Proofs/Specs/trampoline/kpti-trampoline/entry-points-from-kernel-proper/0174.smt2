; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x17263 (bvadd ?x15984 (_ bv18446744073709551488 64))))
 (let ((?x4216 (bvadd ?x17263 (_ bv7 64))))
 (let (($x11560 (bvult (bvsub ?x4216 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x18862 (bvlshr (bvsub ?x4216 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17370 (and (bvult ?x18862 ncpu) (bvult (bvsub ?x4216 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18862 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12918 (bvlshr (bvsub ?x4216 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11387 (and (bvult ?x12918 ncpu) (bvult (bvsub ?x4216 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12918 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15279 (bvlshr (bvsub ?x4216 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18238 (and (bvult ?x15279 ncpu) (bvult (bvsub ?x4216 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15279 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5225 (or (bvult (bvsub ?x4216 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4216 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4216 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18238 $x11387 $x17370 $x11560)))
 (let (($x19236 (bvult (bvsub ?x17263 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4827 (bvlshr (bvsub ?x17263 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17916 (and (bvult ?x4827 ncpu) (bvult (bvsub ?x17263 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4827 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12311 (bvlshr (bvsub ?x17263 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19790 (and (bvult ?x12311 ncpu) (bvult (bvsub ?x17263 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12311 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19787 (bvlshr (bvsub ?x17263 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17843 (and (bvult ?x19787 ncpu) (bvult (bvsub ?x17263 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19787 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9816 (or (bvult (bvsub ?x17263 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17263 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17263 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17843 $x19790 $x17916 $x19236)))
 (or (not $x9816) (not $x5225))))))))))))))))))))))
(check-sat)
