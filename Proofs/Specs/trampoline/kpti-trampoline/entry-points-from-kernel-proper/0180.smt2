; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x18066 (bvadd ?x14394 (_ bv18446744073709551536 64))))
 (let ((?x16094 (bvadd ?x18066 (_ bv7 64))))
 (let (($x15711 (bvult (bvsub ?x16094 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8367 (bvlshr (bvsub ?x16094 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8272 (and (bvult ?x8367 ncpu) (bvult (bvsub ?x16094 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8367 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16963 (bvlshr (bvsub ?x16094 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1608 (and (bvult ?x16963 ncpu) (bvult (bvsub ?x16094 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16963 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18882 (bvlshr (bvsub ?x16094 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14415 (and (bvult ?x18882 ncpu) (bvult (bvsub ?x16094 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18882 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19509 (or (bvult (bvsub ?x16094 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16094 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16094 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14415 $x1608 $x8272 $x15711)))
 (let (($x19007 (bvult (bvsub ?x18066 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11004 (bvlshr (bvsub ?x18066 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18935 (and (bvult ?x11004 ncpu) (bvult (bvsub ?x18066 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11004 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17397 (bvlshr (bvsub ?x18066 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14064 (and (bvult ?x17397 ncpu) (bvult (bvsub ?x18066 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17397 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4984 (bvlshr (bvsub ?x18066 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10553 (and (bvult ?x4984 ncpu) (bvult (bvsub ?x18066 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4984 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12545 (or (bvult (bvsub ?x18066 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18066 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18066 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10553 $x14064 $x18935 $x19007)))
 (or (not $x12545) (not $x19509))))))))))))))))))))))
(check-sat)
