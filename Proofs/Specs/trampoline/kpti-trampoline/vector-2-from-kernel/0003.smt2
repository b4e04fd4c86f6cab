; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x1859 (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv36 64))))
 (let ((?x1028 (bvadd ?x1859 (_ bv7 64))))
 (let ((?x1824 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1823 (and (bvult ?x1824 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1824 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1735 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1855 (and (bvult ?x1735 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1735 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1664 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x499 (and (bvult ?x1664 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1664 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x907 (or (bvult (bvsub ?x1028 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1028 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1028 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x499 $x1855 $x1823 (bvult (bvsub ?x1028 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1914 (bvlshr (bvsub ?x1859 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x483 (and (bvult ?x1914 ncpu) (bvult (bvsub ?x1859 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1914 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x468 (bvlshr (bvsub ?x1859 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1860 (and (bvult ?x468 ncpu) (bvult (bvsub ?x1859 (bvadd (_ bv18446741874687344640 64) (bvmul ?x468 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1437 (bvlshr (bvsub ?x1859 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x244 (and (bvult ?x1437 ncpu) (bvult (bvsub ?x1859 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1437 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1915 (or (bvult (bvsub ?x1859 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1859 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1859 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x244 $x1860 $x483 (bvult (bvsub ?x1859 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1915) (not $x907)))))))))))))))))))
(check-sat)
