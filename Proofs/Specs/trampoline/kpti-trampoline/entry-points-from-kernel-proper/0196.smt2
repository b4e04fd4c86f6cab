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
 (let ((?x9321 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x12074 (bvadd ?x9321 (_ bv16368 64))))
 (let ((?x17235 (bvadd ?x12074 (_ bv7 64))))
 (let ((?x1637 (bvlshr (bvsub ?x17235 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20400 (and (bvult ?x1637 ncpu) (bvult (bvsub ?x17235 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1637 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13375 (bvlshr (bvsub ?x17235 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12213 (and (bvult ?x13375 ncpu) (bvult (bvsub ?x17235 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13375 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13571 (bvlshr (bvsub ?x17235 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19294 (and (bvult ?x13571 ncpu) (bvult (bvsub ?x17235 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13571 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18851 (or (bvult (bvsub ?x17235 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17235 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17235 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x19294 $x12213 $x20400 (bvult (bvsub ?x17235 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x11688 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6417 (and (bvult ?x11688 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11688 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13476 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12171 (and (bvult ?x13476 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13476 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13578 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17159 (and (bvult ?x13578 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13578 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3694 (or (bvult (bvsub ?x12074 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12074 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12074 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17159 $x12171 $x6417 (bvult (bvsub ?x12074 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x3694) (not $x18851))))))))))))))))))))
(check-sat)
