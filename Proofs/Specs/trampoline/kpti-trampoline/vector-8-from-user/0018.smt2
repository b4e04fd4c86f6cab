; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:221:3
; expected: unsat
; isocheck
(set-info :status unsat)
(set-logic QF_BV)
(declare-fun ncpu () (_ BitVec 64))
(declare-fun nproc () (_ BitVec 64))
(declare-fun c!6 () (_ BitVec 64))
(declare-fun p!7 () (_ BitVec 64))
(declare-fun $user.gs_base () (_ BitVec 64))
(declare-fun fetch.trampoline () (_ BitVec 64))
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x4971 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x9470 (bvand ?x4971 (_ bv18446744073709547520 64))))
 (let ((?x10009 (bvlshr (bvsub ?x9470 ?x2844) (_ bv16 64))))
 (let ((?x14314 (bvadd ?x10009 (_ bv1 64))))
 (let ((?x4957 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14314 (_ bv65536 64)))))
 (let (($x5374 (and (bvult ?x14314 ncpu) (or (bvult (bvsub ?x4957 ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 ?x4957) (_ bv24576 64))))))
 (let (($x14320 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x10009 (_ bv0 64)) (_ bv65536 64))) ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x10009 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13849 (bvlshr (bvsub ?x9470 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x16118 (bvadd ?x13849 (_ bv1 64))))
 (let ((?x15854 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16118 (_ bv65536 64)))))
 (let (($x10059 (and (bvult ?x16118 ncpu) (or (bvult (bvsub ?x15854 ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 ?x15854) (_ bv4096 64))))))
 (let (($x15920 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13849 (_ bv0 64)) (_ bv65536 64))) ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x13849 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x5323 (or (bvult (bvsub (_ bv0 64) ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x16023 (or $x5323 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x9470) (_ bv4096 64)) (bvult (bvsub ?x9470 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x13849 (_ bv0 64)) ncpu) $x15920) $x10059 (and (bvult (bvadd ?x10009 (_ bv0 64)) ncpu) $x14320) $x5374)))
 (let ((?x6171 (bvlshr (bvsub (bvand ?x4971 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x5313 (bvadd ?x6171 (_ bv1 64))))
 (let ((?x9531 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5313 (_ bv65536 64)))))
 (let ((?x17646 (bvand ?x4971 (_ bv18446744073707454464 64))))
 (let (($x1314 (and (bvult ?x5313 ncpu) (or (bvult (bvsub ?x9531 ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 ?x9531) (_ bv24576 64))))))
 (let (($x6117 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x6171 (_ bv0 64)) (_ bv65536 64))) ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x6171 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6272 (bvlshr (bvsub ?x17646 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x4515 (bvadd ?x6272 (_ bv1 64))))
 (let ((?x16917 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4515 (_ bv65536 64)))))
 (let (($x17024 (and (bvult ?x4515 ncpu) (or (bvult (bvsub ?x16917 ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 ?x16917) (_ bv4096 64))))))
 (let (($x8879 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x6272 (_ bv0 64)) (_ bv65536 64))) ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x6272 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x12964 (or (bvult (bvsub (_ bv0 64) ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x14557 (or $x12964 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x17646) (_ bv2097152 64)) (bvult (bvsub ?x17646 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x6272 (_ bv0 64)) ncpu) $x8879) $x17024 (and (bvult (bvadd ?x6171 (_ bv0 64)) ncpu) $x6117) $x1314)))
 (let (($x7045 (or (and (bvult (bvsub ?x4971 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x14557) (and (bvult (bvsub ?x4971 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x16023))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x7045)))))))))))))))))))))))))))))))))
(check-sat)
