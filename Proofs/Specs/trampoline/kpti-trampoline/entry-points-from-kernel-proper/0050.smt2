; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:218:3
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
 (let ((?x5323 (bvadd ?x3058 (_ bv18446744073709551544 64))))
 (let ((?x3105 (bvadd ?x5323 (_ bv7 64))))
 (let (($x4973 (bvult (bvsub ?x3105 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4457 (bvlshr (bvsub ?x3105 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4768 (and (bvult ?x4457 ncpu) (bvult (bvsub ?x3105 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4457 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4971 (bvlshr (bvsub ?x3105 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1967 (and (bvult ?x4971 ncpu) (bvult (bvsub ?x3105 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4971 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4528 (bvlshr (bvsub ?x3105 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5242 (and (bvult ?x4528 ncpu) (bvult (bvsub ?x3105 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4528 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3801 (or (bvult (bvsub ?x3105 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3105 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3105 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5242 $x1967 $x4768 $x4973)))
 (let (($x4793 (bvult (bvsub ?x5323 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6926 (bvlshr (bvsub ?x5323 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3077 (and (bvult ?x6926 ncpu) (bvult (bvsub ?x5323 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6926 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1339 (bvlshr (bvsub ?x5323 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6583 (and (bvult ?x1339 ncpu) (bvult (bvsub ?x5323 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1339 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3768 (bvlshr (bvsub ?x5323 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5104 (and (bvult ?x3768 ncpu) (bvult (bvsub ?x5323 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3768 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1771 (or (bvult (bvsub ?x5323 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5323 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5323 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5104 $x6583 $x3077 $x4793)))
 (or (not $x1771) (not $x3801))))))))))))))))))))))
(check-sat)
