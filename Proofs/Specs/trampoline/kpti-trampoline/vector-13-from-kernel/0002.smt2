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
 (let ((?x2835 (bvlshr (bvsub (bvadd (bvadd (_ bv18446741874686296064 64) (_ bv208 64)) (_ bv15 64)) (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let ((?x322 (bvadd (_ bv18446741874686296064 64) (_ bv208 64))))
 (let ((?x2798 (bvadd ?x322 (_ bv15 64))))
 (let (($x2841 (and (bvult ?x2835 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2835 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2827 (bvlshr (bvsub ?x2798 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2833 (and (bvult ?x2827 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2827 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2819 (bvlshr (bvsub ?x2798 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2825 (and (bvult ?x2819 ncpu) (bvult (bvsub ?x2798 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2819 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2844 (or (bvult (bvsub ?x2798 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2798 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2798 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2825 $x2833 $x2841 (bvult (bvsub ?x2798 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x2800 (bvlshr (bvsub ?x322 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2806 (and (bvult ?x2800 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2800 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x725 (bvlshr (bvsub ?x322 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x909 (and (bvult ?x725 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446741874687344640 64) (bvmul ?x725 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x732 (bvlshr (bvsub ?x322 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x609 (and (bvult ?x732 ncpu) (bvult (bvsub ?x322 (bvadd (_ bv18446612686364999680 64) (bvmul ?x732 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2810 (or (bvult (bvsub ?x322 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x322 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x322 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x609 $x909 $x2806 (bvult (bvsub ?x322 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x2810) (not $x2844)))))))))))))))))))
(check-sat)
