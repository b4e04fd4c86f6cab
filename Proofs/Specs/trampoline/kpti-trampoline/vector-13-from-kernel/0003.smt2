; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 13 from kernel
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
 (let ((?x1482 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x1028 (bvadd ?x1482 (_ bv7 64))))
 (let ((?x499 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1682 (and (bvult ?x499 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x499 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1233 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1410 (and (bvult ?x1233 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1233 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1869 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1726 (and (bvult ?x1869 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1869 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1291 (or (bvult (bvsub ?x1028 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1028 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1028 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1726 $x1410 $x1682 (bvult (bvsub ?x1028 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x244 (bvlshr (bvsub ?x1482 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x663 (and (bvult ?x244 ncpu) (bvult (bvsub ?x1482 (bvadd (_ bv18446683600570023936 64) (bvmul ?x244 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1260 (bvlshr (bvsub ?x1482 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1915 (and (bvult ?x1260 ncpu) (bvult (bvsub ?x1482 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1260 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1363 (bvlshr (bvsub ?x1482 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x813 (and (bvult ?x1363 ncpu) (bvult (bvsub ?x1482 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1363 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x483 (or (bvult (bvsub ?x1482 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1482 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1482 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x813 $x1915 $x663 (bvult (bvsub ?x1482 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x483) (not $x1291)))))))))))))))))))
(check-sat)
