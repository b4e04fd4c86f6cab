; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:241:3
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
 (let ((?x9385 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x19131 (bvadd ?x9385 (_ bv16376 64))))
 (let ((?x18256 (bvadd ?x19131 (_ bv7 64))))
 (let ((?x18203 (bvlshr (bvsub ?x18256 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13610 (and (bvult ?x18203 ncpu) (bvult (bvsub ?x18256 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18203 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16493 (bvlshr (bvsub ?x18256 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20270 (and (bvult ?x16493 ncpu) (bvult (bvsub ?x18256 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16493 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17094 (bvlshr (bvsub ?x18256 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16522 (and (bvult ?x17094 ncpu) (bvult (bvsub ?x18256 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17094 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17330 (or (bvult (bvsub ?x18256 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18256 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18256 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16522 $x20270 $x13610 (bvult (bvsub ?x18256 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x13070 (bvlshr (bvsub ?x19131 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18935 (and (bvult ?x13070 ncpu) (bvult (bvsub ?x19131 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13070 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1169 (bvlshr (bvsub ?x19131 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9368 (and (bvult ?x1169 ncpu) (bvult (bvsub ?x19131 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1169 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13451 (bvlshr (bvsub ?x19131 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20039 (and (bvult ?x13451 ncpu) (bvult (bvsub ?x19131 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13451 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13919 (or (bvult (bvsub ?x19131 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19131 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19131 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x20039 $x9368 $x18935 (bvult (bvsub ?x19131 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x13919) (not $x17330))))))))))))))))))))
(check-sat)
