; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:208:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10782 (bvadd ?x944 (_ bv18446744073709551504 64))))
 (let ((?x3831 (bvadd ?x10782 (_ bv7 64))))
 (let (($x1449 (bvult (bvsub ?x3831 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2138 (bvlshr (bvsub ?x3831 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12497 (and (bvult ?x2138 ncpu) (bvult (bvsub ?x3831 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2138 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4040 (bvlshr (bvsub ?x3831 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11844 (and (bvult ?x4040 ncpu) (bvult (bvsub ?x3831 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4040 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1426 (bvlshr (bvsub ?x3831 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13163 (and (bvult ?x1426 ncpu) (bvult (bvsub ?x3831 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1426 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13837 (or (bvult (bvsub ?x3831 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3831 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3831 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13163 $x11844 $x12497 $x1449)))
 (let (($x8613 (bvult (bvsub ?x10782 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13542 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13567 (and (bvult ?x13542 ncpu) (bvult (bvsub ?x10782 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13542 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13520 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12091 (and (bvult ?x13520 ncpu) (bvult (bvsub ?x10782 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13520 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10436 (bvlshr (bvsub ?x10782 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2653 (and (bvult ?x10436 ncpu) (bvult (bvsub ?x10782 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10436 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6609 (or (bvult (bvsub ?x10782 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10782 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10782 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2653 $x12091 $x13567 $x8613)))
 (or (not $x6609) (not $x13837))))))))))))))))))))))
(check-sat)
