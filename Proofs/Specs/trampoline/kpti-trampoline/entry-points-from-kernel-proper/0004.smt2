; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x5840 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x6384 (bvadd ?x5840 (_ bv7 64))))
 (let ((?x2983 (bvlshr (bvsub ?x6384 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3049 (and (bvult ?x2983 ncpu) (bvult (bvsub ?x6384 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2983 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6876 (bvlshr (bvsub ?x6384 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2943 (and (bvult ?x6876 ncpu) (bvult (bvsub ?x6384 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6876 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6788 (bvlshr (bvsub ?x6384 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6854 (and (bvult ?x6788 ncpu) (bvult (bvsub ?x6384 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6788 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3082 (or (bvult (bvsub ?x6384 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6384 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6384 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6854 $x2943 $x3049 (bvult (bvsub ?x6384 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x5785 (bvlshr (bvsub ?x5840 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4016 (and (bvult ?x5785 ncpu) (bvult (bvsub ?x5840 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5785 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5723 (bvlshr (bvsub ?x5840 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1605 (and (bvult ?x5723 ncpu) (bvult (bvsub ?x5840 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5723 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1299 (bvlshr (bvsub ?x5840 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4590 (and (bvult ?x1299 ncpu) (bvult (bvsub ?x5840 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1299 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7554 (or (bvult (bvsub ?x5840 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5840 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5840 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4590 $x1605 $x4016 (bvult (bvsub ?x5840 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7554) (not $x3082)))))))))))))))))))
(check-sat)
