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
 (let ((?x13850 (bvadd ?x149 (_ bv44 64))))
 (let ((?x13851 (bvadd ?x13850 (_ bv7 64))))
 (let ((?x2785 (bvlshr (bvsub ?x13851 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2349 (and (bvult ?x2785 ncpu) (bvult (bvsub ?x13851 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2785 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13829 (bvlshr (bvsub ?x13851 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13844 (and (bvult ?x13829 ncpu) (bvult (bvsub ?x13851 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13829 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13828 (bvlshr (bvsub ?x13851 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13823 (and (bvult ?x13828 ncpu) (bvult (bvsub ?x13851 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13828 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6148 (or (bvult (bvsub ?x13851 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13851 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13851 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13823 $x13844 $x2349 (bvult (bvsub ?x13851 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x13872 (bvlshr (bvsub ?x13850 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3984 (and (bvult ?x13872 ncpu) (bvult (bvsub ?x13850 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13872 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13836 (bvlshr (bvsub ?x13850 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13853 (and (bvult ?x13836 ncpu) (bvult (bvsub ?x13850 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13836 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1308 (bvlshr (bvsub ?x13850 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13839 (and (bvult ?x1308 ncpu) (bvult (bvsub ?x13850 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1308 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6700 (or (bvult (bvsub ?x13850 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13850 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13850 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13839 $x13853 $x3984 (bvult (bvsub ?x13850 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6700) (not $x6148)))))))))))))))))))))
(check-sat)
