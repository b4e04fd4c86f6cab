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
 (let ((?x5764 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x6315 (bvadd ?x5764 (_ bv7 64))))
 (let ((?x852 (bvlshr (bvsub ?x6315 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2925 (and (bvult ?x852 ncpu) (bvult (bvsub ?x6315 (bvadd (_ bv18446683600570023936 64) (bvmul ?x852 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6783 (bvlshr (bvsub ?x6315 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1599 (and (bvult ?x6783 ncpu) (bvult (bvsub ?x6315 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6783 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6695 (bvlshr (bvsub ?x6315 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6761 (and (bvult ?x6695 ncpu) (bvult (bvsub ?x6315 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6695 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2910 (or (bvult (bvsub ?x6315 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6315 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6315 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6761 $x1599 $x2925 (bvult (bvsub ?x6315 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x5744 (bvlshr (bvsub ?x5764 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3920 (and (bvult ?x5744 ncpu) (bvult (bvsub ?x5764 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5744 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7498 (bvlshr (bvsub ?x5764 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5742 (and (bvult ?x7498 ncpu) (bvult (bvsub ?x5764 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7498 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2058 (bvlshr (bvsub ?x5764 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7496 (and (bvult ?x2058 ncpu) (bvult (bvsub ?x5764 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2058 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7551 (or (bvult (bvsub ?x5764 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5764 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5764 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7496 $x5742 $x3920 (bvult (bvsub ?x5764 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7551) (not $x2910)))))))))))))))))))
(check-sat)
