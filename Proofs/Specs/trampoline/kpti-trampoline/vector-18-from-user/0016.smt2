; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:173:3
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
 (let ((?x16040 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x4176 (bvand ?x16040 (_ bv18446744073709547520 64))))
 (let ((?x13056 (bvlshr (bvsub ?x4176 ?x2844) (_ bv16 64))))
 (let ((?x12265 (bvadd ?x13056 (_ bv1 64))))
 (let ((?x3324 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12265 (_ bv65536 64)))))
 (let (($x3701 (and (bvult ?x12265 ncpu) (or (bvult (bvsub ?x3324 ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 ?x3324) (_ bv24576 64))))))
 (let (($x16236 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x13056 (_ bv0 64)) (_ bv65536 64))) ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x13056 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5484 (bvlshr (bvsub ?x4176 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x18689 (bvadd ?x5484 (_ bv1 64))))
 (let ((?x9752 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18689 (_ bv65536 64)))))
 (let (($x10726 (and (bvult ?x18689 ncpu) (or (bvult (bvsub ?x9752 ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 ?x9752) (_ bv4096 64))))))
 (let (($x12978 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x5484 (_ bv0 64)) (_ bv65536 64))) ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x5484 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x19748 (or (bvult (bvsub (_ bv0 64) ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x9682 (or $x19748 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x4176) (_ bv4096 64)) (bvult (bvsub ?x4176 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x5484 (_ bv0 64)) ncpu) $x12978) $x10726 (and (bvult (bvadd ?x13056 (_ bv0 64)) ncpu) $x16236) $x3701)))
 (let ((?x9510 (bvlshr (bvsub (bvand ?x16040 (_ bv18446744073707454464 64)) ?x2844) (_ bv16 64))))
 (let ((?x6225 (bvadd ?x9510 (_ bv1 64))))
 (let ((?x16344 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6225 (_ bv65536 64)))))
 (let ((?x18789 (bvand ?x16040 (_ bv18446744073707454464 64))))
 (let (($x16472 (and (bvult ?x6225 ncpu) (or (bvult (bvsub ?x16344 ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 ?x16344) (_ bv24576 64))))))
 (let (($x6360 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x9510 (_ bv0 64)) (_ bv65536 64))) ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x9510 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19186 (bvlshr (bvsub ?x18789 (bvadd (_ bv18446612686364999680 64) ?x904)) (_ bv16 64))))
 (let ((?x15986 (bvadd ?x19186 (_ bv1 64))))
 (let ((?x5363 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15986 (_ bv65536 64)))))
 (let (($x19308 (and (bvult ?x15986 ncpu) (or (bvult (bvsub ?x5363 ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 ?x5363) (_ bv4096 64))))))
 (let (($x15766 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19186 (_ bv0 64)) (_ bv65536 64))) ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x19186 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x5932 (or (bvult (bvsub (_ bv0 64) ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x7362 (or $x5932 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x18789) (_ bv2097152 64)) (bvult (bvsub ?x18789 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x19186 (_ bv0 64)) ncpu) $x15766) $x19308 (and (bvult (bvadd ?x9510 (_ bv0 64)) ncpu) $x6360) $x16472)))
 (let (($x9311 (or (and (bvult (bvsub ?x16040 (_ bv18446744071578845184 64)) (_ bv14680064 64)) $x7362) (and (bvult (bvsub ?x16040 (_ bv18446744071593525248 64)) (_ bv4096 64)) $x9682))))
 (and (bvult fetch.trampoline (_ bv4096 64)) (not $x9311)))))))))))))))))))))))))))))))))
(check-sat)
