; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:131:3
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
 (let ((?x1562 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x878 (bvadd (_ bv18446741874687344640 64) ?x1562)))
 (let ((?x6996 (bvadd (_ bv18446744071593525248 64) fetch.trampoline)))
 (let ((?x18759 (bvand ?x6996 (_ bv18446744073709547520 64))))
 (let ((?x21198 (bvlshr (bvsub ?x18759 ?x878) (_ bv16 64))))
 (let ((?x21343 (bvadd ?x21198 (_ bv1 64))))
 (let ((?x14733 (bvadd (_ bv18446741874687344640 64) (bvmul ?x21343 (_ bv65536 64)))))
 (let (($x12521 (and (bvult ?x21343 ncpu) (or (bvult (bvsub ?x14733 ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 ?x14733) (_ bv24576 64))))))
 (let (($x7619 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x21198 (_ bv0 64)) (_ bv65536 64))) ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x21198 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14169 (bvlshr (bvsub ?x18759 (bvadd (_ bv18446612686364999680 64) ?x1562)) (_ bv16 64))))
 (let ((?x21352 (bvadd ?x14169 (_ bv1 64))))
 (let ((?x16391 (bvadd (_ bv18446612686364999680 64) (bvmul ?x21352 (_ bv65536 64)))))
 (let (($x2638 (and (bvult ?x21352 ncpu) (or (bvult (bvsub ?x16391 ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 ?x16391) (_ bv4096 64))))))
 (let (($x13484 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x14169 (_ bv0 64)) (_ bv65536 64))) ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x14169 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x17192 (or (bvult (bvsub (_ bv0 64) ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x18804 (or $x17192 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x18759) (_ bv4096 64)) (bvult (bvsub ?x18759 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x14169 (_ bv0 64)) ncpu) $x13484) $x2638 (and (bvult (bvadd ?x21198 (_ bv0 64)) ncpu) $x7619) $x12521)))
 (let (($x5593 (bvult (bvsub ?x6996 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let ((?x10981 (bvlshr (bvsub (bvand ?x6996 (_ bv18446744073707454464 64)) ?x878) (_ bv16 64))))
 (let ((?x18042 (bvadd ?x10981 (_ bv1 64))))
 (let ((?x14012 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18042 (_ bv65536 64)))))
 (let ((?x16349 (bvand ?x6996 (_ bv18446744073707454464 64))))
 (let (($x7718 (and (bvult ?x18042 ncpu) (or (bvult (bvsub ?x14012 ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 ?x14012) (_ bv24576 64))))))
 (let (($x18811 (or (bvult (bvsub (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x10981 (_ bv0 64)) (_ bv65536 64))) ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 (bvadd (_ bv18446741874687344640 64) (bvmul (bvadd ?x10981 (_ bv0 64)) (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15417 (bvlshr (bvsub ?x16349 (bvadd (_ bv18446612686364999680 64) ?x1562)) (_ bv16 64))))
 (let ((?x20414 (bvadd ?x15417 (_ bv1 64))))
 (let ((?x20214 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20414 (_ bv65536 64)))))
 (let (($x13639 (and (bvult ?x20414 ncpu) (or (bvult (bvsub ?x20214 ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 ?x20214) (_ bv4096 64))))))
 (let (($x20238 (or (bvult (bvsub (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x15417 (_ bv0 64)) (_ bv65536 64))) ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 (bvadd (_ bv18446612686364999680 64) (bvmul (bvadd ?x15417 (_ bv0 64)) (_ bv65536 64)))) (_ bv4096 64)))))
 (let (($x21281 (or (bvult (bvsub (_ bv0 64) ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 (_ bv0 64)) (bvsub (_ bv140737488355328 64) (_ bv0 64))))))
 (let (($x14898 (or $x21281 (or (bvult (bvsub (_ bv18446744071593525248 64) ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 (_ bv18446744071593525248 64)) (_ bv4096 64))) (or (bvult (bvsub (_ bv18446741874686296064 64) ?x16349) (_ bv2097152 64)) (bvult (bvsub ?x16349 (_ bv18446741874686296064 64)) (_ bv4096 64))) (and (bvult (bvadd ?x15417 (_ bv0 64)) ncpu) $x20238) $x13639 (and (bvult (bvadd ?x10981 (_ bv0 64)) ncpu) $x18811) $x7718)))
 (let (($x1946 (bvult (bvsub ?x6996 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x2884 (bvult fetch.trampoline (_ bv4096 64))))
 (and $x2884 (not (or (and $x1946 $x14898) (and $x5593 $x18804)))))))))))))))))))))))))))))))))))))
(check-sat)
