; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:120:3
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
 (let ((?x656 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4096 64)) (_ bv0 64))))
 (let ((?x1723 (bvadd ?x656 (_ bv7 64))))
 (let ((?x523 (bvlshr (bvsub ?x1723 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x559 (and (bvult ?x523 ncpu) (bvult (bvsub ?x1723 (bvadd (_ bv18446683600570023936 64) (bvmul ?x523 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x141 (bvlshr (bvsub ?x1723 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x161 (and (bvult ?x141 ncpu) (bvult (bvsub ?x1723 (bvadd (_ bv18446741874687344640 64) (bvmul ?x141 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x452 (bvlshr (bvsub ?x1723 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3055 (and (bvult ?x452 ncpu) (bvult (bvsub ?x1723 (bvadd (_ bv18446612686364999680 64) (bvmul ?x452 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x139 (or (bvult (bvsub ?x1723 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1723 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1723 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3055 $x161 $x559 (bvult (bvsub ?x1723 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x697 (bvlshr (bvsub ?x656 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x634 (and (bvult ?x697 ncpu) (bvult (bvsub ?x656 (bvadd (_ bv18446683600570023936 64) (bvmul ?x697 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1698 (bvlshr (bvsub ?x656 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1363 (and (bvult ?x1698 ncpu) (bvult (bvsub ?x656 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1698 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1395 (bvlshr (bvsub ?x656 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1681 (and (bvult ?x1395 ncpu) (bvult (bvsub ?x656 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1395 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x162 (or (bvult (bvsub ?x656 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x656 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x656 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1681 $x1363 $x634 (bvult (bvsub ?x656 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x162) (not $x139)))))))))))))))))))
(check-sat)
