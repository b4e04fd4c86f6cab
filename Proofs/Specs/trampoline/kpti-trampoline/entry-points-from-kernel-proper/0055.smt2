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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x349 (bvadd ?x3058 (_ bv18446744073709551592 64))))
 (let ((?x1772 (bvadd ?x349 (_ bv7 64))))
 (let (($x1678 (bvult (bvsub ?x1772 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5038 (bvlshr (bvsub ?x1772 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1716 (and (bvult ?x5038 ncpu) (bvult (bvsub ?x1772 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5038 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4651 (bvlshr (bvsub ?x1772 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4967 (and (bvult ?x4651 ncpu) (bvult (bvsub ?x1772 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4651 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x732 (bvlshr (bvsub ?x1772 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4658 (and (bvult ?x732 ncpu) (bvult (bvsub ?x1772 (bvadd (_ bv18446612686364999680 64) (bvmul ?x732 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9058 (or (bvult (bvsub ?x1772 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1772 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1772 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4658 $x4967 $x1716 $x1678)))
 (let (($x4562 (bvult (bvsub ?x349 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x817 (bvlshr (bvsub ?x349 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4628 (and (bvult ?x817 ncpu) (bvult (bvsub ?x349 (bvadd (_ bv18446683600570023936 64) (bvmul ?x817 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4649 (bvlshr (bvsub ?x349 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4655 (and (bvult ?x4649 ncpu) (bvult (bvsub ?x349 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4649 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1596 (bvlshr (bvsub ?x349 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4608 (and (bvult ?x1596 ncpu) (bvult (bvsub ?x349 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1596 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6527 (or (bvult (bvsub ?x349 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x349 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x349 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4608 $x4655 $x4628 $x4562)))
 (or (not $x6527) (not $x9058))))))))))))))))))))))
(check-sat)
