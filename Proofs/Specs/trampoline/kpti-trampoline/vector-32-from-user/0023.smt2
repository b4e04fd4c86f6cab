; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:145:3
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
 (let ((?x19252 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4096 64)) (_ bv0 64))))
 (let ((?x12551 (bvadd ?x19252 (_ bv7 64))))
 (let ((?x7602 (bvlshr (bvsub ?x12551 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11315 (and (bvult ?x7602 ncpu) (bvult (bvsub ?x12551 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7602 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1053 (bvlshr (bvsub ?x12551 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17224 (and (bvult ?x1053 ncpu) (bvult (bvsub ?x12551 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1053 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6488 (bvlshr (bvsub ?x12551 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8279 (and (bvult ?x6488 ncpu) (bvult (bvsub ?x12551 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6488 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10577 (or (bvult (bvsub ?x12551 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12551 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12551 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8279 $x17224 $x11315 (bvult (bvsub ?x12551 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1033 (bvlshr (bvsub ?x19252 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11136 (and (bvult ?x1033 ncpu) (bvult (bvsub ?x19252 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1033 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x767 (bvlshr (bvsub ?x19252 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17459 (and (bvult ?x767 ncpu) (bvult (bvsub ?x19252 (bvadd (_ bv18446741874687344640 64) (bvmul ?x767 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10370 (bvlshr (bvsub ?x19252 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10171 (and (bvult ?x10370 ncpu) (bvult (bvsub ?x19252 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10370 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11950 (or (bvult (bvsub ?x19252 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19252 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19252 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10171 $x17459 $x11136 (bvult (bvsub ?x19252 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x11950) (not $x10577)))))))))))))))))))
(check-sat)
