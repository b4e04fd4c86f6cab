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
 (let ((?x2834 (bvlshr (bvsub (bvadd (bvadd (_ bv18446741874686296064 64) (_ bv16 64)) (_ bv15 64)) (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let ((?x322 (bvadd (_ bv18446741874686296064 64) (_ bv16 64))))
 (let ((?x2798 (bvadd ?x322 (_ bv15 64))))
 (let (($x2840 (and (bvult ?x2834 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2834 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2826 (bvlshr (bvsub ?x2798 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2832 (and (bvult ?x2826 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2826 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2818 (bvlshr (bvsub ?x2798 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2824 (and (bvult ?x2818 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2818 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2843 (or (bvult (bvsub ?x2798 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2798 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2798 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2824 $x2832 $x2840 (bvult (bvsub ?x2798 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x2799 (bvlshr (bvsub ?x322 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2805 (and (bvult ?x2799 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2799 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x893 (bvlshr (bvsub ?x322 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1604 (and (bvult ?x893 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446741874687344640 64) (bvmul ?x893 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x664 (bvlshr (bvsub ?x322 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x894 (and (bvult ?x664 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446612686364999680 64) (bvmul ?x664 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2809 (or (bvult (bvsub ?x322 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x322 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x322 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x894 $x1604 $x2805 (bvult (bvsub ?x322 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x2809) (not $x2843)))))))))))))))))))
(check-sat)
