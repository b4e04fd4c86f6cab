; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x2771 (bvadd ?x15984 (_ bv18446744073709551600 64))))
 (let ((?x13709 (bvadd ?x2771 (_ bv7 64))))
 (let (($x17633 (bvult (bvsub ?x13709 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16577 (bvlshr (bvsub ?x13709 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x476 (and (bvult ?x16577 ncpu) (bvult (bvsub ?x13709 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16577 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3825 (bvlshr (bvsub ?x13709 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11336 (and (bvult ?x3825 ncpu) (bvult (bvsub ?x13709 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3825 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15764 (bvlshr (bvsub ?x13709 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11924 (and (bvult ?x15764 ncpu) (bvult (bvsub ?x13709 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15764 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19630 (or (bvult (bvsub ?x13709 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13709 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13709 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11924 $x11336 $x476 $x17633)))
 (let (($x16623 (bvult (bvsub ?x2771 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8117 (bvlshr (bvsub ?x2771 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16700 (and (bvult ?x8117 ncpu) (bvult (bvsub ?x2771 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8117 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12404 (bvlshr (bvsub ?x2771 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8967 (and (bvult ?x12404 ncpu) (bvult (bvsub ?x2771 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12404 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13909 (bvlshr (bvsub ?x2771 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14384 (and (bvult ?x13909 ncpu) (bvult (bvsub ?x2771 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13909 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17637 (or (bvult (bvsub ?x2771 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2771 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2771 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14384 $x8967 $x16700 $x16623)))
 (or (not $x17637) (not $x19630))))))))))))))))))))))
(check-sat)
