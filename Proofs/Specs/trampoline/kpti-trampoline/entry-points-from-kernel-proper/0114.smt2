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
 (let ((?x13848 (bvadd ?x149 (_ bv44 64))))
 (let ((?x13849 (bvadd ?x13848 (_ bv7 64))))
 (let ((?x5514 (bvlshr (bvsub ?x13849 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2487 (and (bvult ?x5514 ncpu) (bvult (bvsub ?x13849 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5514 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13827 (bvlshr (bvsub ?x13849 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13842 (and (bvult ?x13827 ncpu) (bvult (bvsub ?x13849 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13827 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13826 (bvlshr (bvsub ?x13849 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13821 (and (bvult ?x13826 ncpu) (bvult (bvsub ?x13849 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13826 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2387 (or (bvult (bvsub ?x13849 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13849 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13849 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13821 $x13842 $x2487 (bvult (bvsub ?x13849 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x13870 (bvlshr (bvsub ?x13848 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3467 (and (bvult ?x13870 ncpu) (bvult (bvsub ?x13848 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13870 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13834 (bvlshr (bvsub ?x13848 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13851 (and (bvult ?x13834 ncpu) (bvult (bvsub ?x13848 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13834 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4751 (bvlshr (bvsub ?x13848 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13837 (and (bvult ?x4751 ncpu) (bvult (bvsub ?x13848 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4751 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13233 (or (bvult (bvsub ?x13848 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13848 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13848 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13837 $x13851 $x3467 (bvult (bvsub ?x13848 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x13233) (not $x2387)))))))))))))))))))))
(check-sat)
