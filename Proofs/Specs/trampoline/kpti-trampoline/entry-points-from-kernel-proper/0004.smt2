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
 (let ((?x5842 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x6386 (bvadd ?x5842 (_ bv7 64))))
 (let ((?x2985 (bvlshr (bvsub ?x6386 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3051 (and (bvult ?x2985 ncpu) (bvult (bvsub ?x6386 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2985 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6878 (bvlshr (bvsub ?x6386 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2945 (and (bvult ?x6878 ncpu) (bvult (bvsub ?x6386 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6878 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7574 (bvlshr (bvsub ?x6386 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6856 (and (bvult ?x7574 ncpu) (bvult (bvsub ?x6386 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7574 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3084 (or (bvult (bvsub ?x6386 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6386 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6386 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6856 $x2945 $x3051 (bvult (bvsub ?x6386 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x5789 (bvlshr (bvsub ?x5842 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4018 (and (bvult ?x5789 ncpu) (bvult (bvsub ?x5842 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5789 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4592 (bvlshr (bvsub ?x5842 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5787 (and (bvult ?x4592 ncpu) (bvult (bvsub ?x5842 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4592 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1689 (bvlshr (bvsub ?x5842 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3899 (and (bvult ?x1689 ncpu) (bvult (bvsub ?x5842 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1689 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7556 (or (bvult (bvsub ?x5842 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5842 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5842 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3899 $x5787 $x4018 (bvult (bvsub ?x5842 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7556) (not $x3084)))))))))))))))))))
(check-sat)
