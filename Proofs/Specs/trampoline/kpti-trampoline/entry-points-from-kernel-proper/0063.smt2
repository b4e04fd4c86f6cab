; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x51 (bvmul c!6 (_ bv65536 64))))
 (let ((?x149 (bvadd (_ bv18446612686364999680 64) ?x51)))
 (let ((?x6049 (bvadd ?x149 (_ bv36 64))))
 (let ((?x7008 (bvadd ?x6049 (_ bv7 64))))
 (let ((?x7708 (bvlshr (bvsub ?x7008 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x467 (and (bvult ?x7708 ncpu) (bvult (bvsub ?x7008 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7708 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8452 (bvlshr (bvsub ?x7008 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8367 (and (bvult ?x8452 ncpu) (bvult (bvsub ?x7008 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8452 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5714 (bvlshr (bvsub ?x7008 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7078 (and (bvult ?x5714 ncpu) (bvult (bvsub ?x7008 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5714 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8402 (or (bvult (bvsub ?x7008 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7008 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7008 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7078 $x8367 $x467 (bvult (bvsub ?x7008 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x7980 (not $x8402)))
 (let ((?x3807 (bvlshr (bvsub ?x6049 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3735 (and (bvult ?x3807 ncpu) (bvult (bvsub ?x6049 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3807 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1010 (bvlshr (bvsub ?x6049 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2044 (and (bvult ?x1010 ncpu) (bvult (bvsub ?x6049 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1010 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8230 (bvlshr (bvsub ?x6049 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5845 (and (bvult ?x8230 ncpu) (bvult (bvsub ?x6049 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8230 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4745 (or (bvult (bvsub ?x6049 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6049 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6049 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5845 $x2044 $x3735 (bvult (bvsub ?x6049 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x719 (not $x4745)))
 (or $x719 $x7980))))))))))))))))))))))
(check-sat)
