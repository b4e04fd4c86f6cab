; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x1028 (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv52 64))))
 (let ((?x1877 (bvadd ?x1028 (_ bv7 64))))
 (let ((?x1328 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1736 (and (bvult ?x1328 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1328 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x301 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1646 (and (bvult ?x301 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446741874687344640 64) (bvmul ?x301 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x870 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x789 (and (bvult ?x870 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446612686364999680 64) (bvmul ?x870 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1682 (or (bvult (bvsub ?x1877 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1877 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1877 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x789 $x1646 $x1736 (bvult (bvsub ?x1877 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x659 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1070 (and (bvult ?x659 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x659 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1417 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x244 (and (bvult ?x1417 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1417 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1702 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1363 (and (bvult ?x1702 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1702 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1482 (or (bvult (bvsub ?x1028 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1028 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1028 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1363 $x244 $x1070 (bvult (bvsub ?x1028 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1482) (not $x1682)))))))))))))))))))
(check-sat)
