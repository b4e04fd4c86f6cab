; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x1856 (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv60 64))))
 (let ((?x1871 (bvadd ?x1856 (_ bv7 64))))
 (let ((?x1309 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1738 (and (bvult ?x1309 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1309 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1728 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x816 (and (bvult ?x1728 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1728 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1857 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x642 (and (bvult ?x1857 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1857 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1684 (or (bvult (bvsub ?x1871 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1871 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1871 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x642 $x816 $x1738 (bvult (bvsub ?x1871 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1042 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x726 (and (bvult ?x1042 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1042 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x709 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x503 (and (bvult ?x709 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446741874687344640 64) (bvmul ?x709 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1374 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1893 (and (bvult ?x1374 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1374 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1898 (or (bvult (bvsub ?x1856 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1856 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1856 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1893 $x503 $x726 (bvult (bvsub ?x1856 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1898) (not $x1684)))))))))))))))))))
(check-sat)
