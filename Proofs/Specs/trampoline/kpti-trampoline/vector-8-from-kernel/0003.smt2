; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from kernel
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
 (let ((?x1028 (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv44 64))))
 (let ((?x1877 (bvadd ?x1028 (_ bv7 64))))
 (let ((?x483 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1787 (and (bvult ?x483 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446683600570023936 64) (bvmul ?x483 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1735 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x618 (and (bvult ?x1735 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1735 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1664 (bvlshr (bvsub ?x1877 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x499 (and (bvult ?x1664 ncpu) (bvult (bvsub ?x1877 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1664 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1823 (or (bvult (bvsub ?x1877 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1877 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1877 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x499 $x618 $x1787 (bvult (bvsub ?x1877 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1070 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1869 (and (bvult ?x1070 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1070 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1977 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1914 (and (bvult ?x1977 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1977 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1417 (bvlshr (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x468 (and (bvult ?x1417 ncpu) (bvult (bvsub ?x1028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1417 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1915 (or (bvult (bvsub ?x1028 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1028 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1028 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x468 $x1914 $x1869 (bvult (bvsub ?x1028 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1915) (not $x1823)))))))))))))))))))
(check-sat)
