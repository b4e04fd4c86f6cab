; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
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
 (let ((?x1854 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x616 (bvadd ?x1854 (_ bv7 64))))
 (let ((?x1735 (bvlshr (bvsub ?x616 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1664 (and (bvult ?x1735 ncpu) (bvult (bvsub ?x616 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1735 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x789 (bvlshr (bvsub ?x616 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x499 (and (bvult ?x789 ncpu) (bvult (bvsub ?x616 (bvadd (_ bv18446741874687344640 64) (bvmul ?x789 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1945 (bvlshr (bvsub ?x616 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x483 (and (bvult ?x1945 ncpu) (bvult (bvsub ?x616 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1945 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x167 (or (bvult (bvsub ?x616 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x616 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x616 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x483 $x499 $x1664 (bvult (bvsub ?x616 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1789 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x659 (and (bvult ?x1789 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1789 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1663 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x525 (and (bvult ?x1663 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1663 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1311 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1706 (and (bvult ?x1311 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1311 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1745 (or (bvult (bvsub ?x1854 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1854 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1854 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1706 $x525 $x659 (bvult (bvsub ?x1854 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1745) (not $x167)))))))))))))))))))
(check-sat)
