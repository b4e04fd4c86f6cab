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
 (let ((?x1854 (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv60 64))))
 (let ((?x1869 (bvadd ?x1854 (_ bv7 64))))
 (let ((?x1328 (bvlshr (bvsub ?x1869 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1736 (and (bvult ?x1328 ncpu) (bvult (bvsub ?x1869 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1328 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1726 (bvlshr (bvsub ?x1869 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x618 (and (bvult ?x1726 ncpu) (bvult (bvsub ?x1869 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1726 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1855 (bvlshr (bvsub ?x1869 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1260 (and (bvult ?x1855 ncpu) (bvult (bvsub ?x1869 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1855 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1682 (or (bvult (bvsub ?x1869 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1869 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1869 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1260 $x618 $x1736 (bvult (bvsub ?x1869 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1070 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x634 (and (bvult ?x1070 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1070 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x525 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x118 (and (bvult ?x525 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446741874687344640 64) (bvmul ?x525 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1363 (bvlshr (bvsub ?x1854 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1891 (and (bvult ?x1363 ncpu) (bvult (bvsub ?x1854 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1363 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1896 (or (bvult (bvsub ?x1854 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1854 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1854 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1891 $x118 $x634 (bvult (bvsub ?x1854 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1896) (not $x1682)))))))))))))))))))
(check-sat)
