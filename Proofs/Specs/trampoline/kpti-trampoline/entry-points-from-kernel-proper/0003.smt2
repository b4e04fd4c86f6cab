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
 (let ((?x1626 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1722 (and (bvult ?x1626 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1626 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1729 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x816 (and (bvult ?x1729 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1729 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1861 (bvlshr (bvsub ?x1871 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x642 (and (bvult ?x1861 ncpu) (bvult (bvsub ?x1871 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1861 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1668 (or (bvult (bvsub ?x1871 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1871 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1871 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x642 $x816 $x1722 (bvult (bvsub ?x1871 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x1673 (not $x1668)))
 (let ((?x1042 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x726 (and (bvult ?x1042 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1042 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1585 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x521 (and (bvult ?x1585 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1585 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1336 (bvlshr (bvsub ?x1856 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1897 (and (bvult ?x1336 ncpu) (bvult (bvsub ?x1856 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1336 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1898 (or (bvult (bvsub ?x1856 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1856 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1856 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1897 $x521 $x726 (bvult (bvsub ?x1856 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x291 (not $x1898)))
 (or $x291 $x1673))))))))))))))))))))
(check-sat)
