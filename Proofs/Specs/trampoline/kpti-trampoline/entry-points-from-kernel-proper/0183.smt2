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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x10945 (bvadd ?x10437 (_ bv18446744073709551560 64))))
 (let ((?x12372 (bvadd ?x10945 (_ bv7 64))))
 (let (($x12591 (bvult (bvsub ?x12372 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13148 (bvlshr (bvsub ?x12372 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16075 (and (bvult ?x13148 ncpu) (bvult (bvsub ?x12372 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13148 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15623 (bvlshr (bvsub ?x12372 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16747 (and (bvult ?x15623 ncpu) (bvult (bvsub ?x12372 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15623 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14396 (bvlshr (bvsub ?x12372 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9574 (and (bvult ?x14396 ncpu) (bvult (bvsub ?x12372 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14396 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15506 (or (bvult (bvsub ?x12372 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12372 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12372 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9574 $x16747 $x16075 $x12591)))
 (let (($x17054 (bvult (bvsub ?x10945 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16970 (bvlshr (bvsub ?x10945 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16604 (and (bvult ?x16970 ncpu) (bvult (bvsub ?x10945 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16970 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12602 (bvlshr (bvsub ?x10945 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14231 (and (bvult ?x12602 ncpu) (bvult (bvsub ?x10945 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12602 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5757 (bvlshr (bvsub ?x10945 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9246 (and (bvult ?x5757 ncpu) (bvult (bvsub ?x10945 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5757 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15986 (or (bvult (bvsub ?x10945 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10945 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10945 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9246 $x14231 $x16604 $x17054)))
 (or (not $x15986) (not $x15506))))))))))))))))))))))
(check-sat)
