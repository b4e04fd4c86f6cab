; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:240:3
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
 (let ((?x14827 (bvadd ?x9385 (_ bv16368 64))))
 (let ((?x13740 (bvadd ?x14827 (_ bv7 64))))
 (let ((?x10439 (bvlshr (bvsub ?x13740 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16348 (and (bvult ?x10439 ncpu) (bvult (bvsub ?x13740 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10439 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11567 (bvlshr (bvsub ?x13740 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17265 (and (bvult ?x11567 ncpu) (bvult (bvsub ?x13740 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11567 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13634 (bvlshr (bvsub ?x13740 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18432 (and (bvult ?x13634 ncpu) (bvult (bvsub ?x13740 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13634 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18624 (or (bvult (bvsub ?x13740 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13740 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13740 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18432 $x17265 $x16348 (bvult (bvsub ?x13740 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x19935 (bvlshr (bvsub ?x14827 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2424 (and (bvult ?x19935 ncpu) (bvult (bvsub ?x14827 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19935 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16921 (bvlshr (bvsub ?x14827 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17553 (and (bvult ?x16921 ncpu) (bvult (bvsub ?x14827 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16921 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10312 (bvlshr (bvsub ?x14827 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6408 (and (bvult ?x10312 ncpu) (bvult (bvsub ?x14827 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10312 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13582 (or (bvult (bvsub ?x14827 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14827 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14827 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6408 $x17553 $x2424 (bvult (bvsub ?x14827 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x13582) (not $x18624))))))))))))))))))))
(check-sat)
