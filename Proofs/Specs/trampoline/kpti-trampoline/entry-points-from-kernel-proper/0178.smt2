; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x16450 (bvadd ?x15984 (_ bv18446744073709551520 64))))
 (let ((?x19198 (bvadd ?x16450 (_ bv7 64))))
 (let (($x11609 (bvult (bvsub ?x19198 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11558 (bvlshr (bvsub ?x19198 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18909 (and (bvult ?x11558 ncpu) (bvult (bvsub ?x19198 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11558 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13633 (bvlshr (bvsub ?x19198 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19422 (and (bvult ?x13633 ncpu) (bvult (bvsub ?x19198 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13633 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2232 (bvlshr (bvsub ?x19198 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3369 (and (bvult ?x2232 ncpu) (bvult (bvsub ?x19198 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2232 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11238 (or (bvult (bvsub ?x19198 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19198 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19198 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3369 $x19422 $x18909 $x11609)))
 (let (($x17643 (bvult (bvsub ?x16450 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7999 (bvlshr (bvsub ?x16450 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18602 (and (bvult ?x7999 ncpu) (bvult (bvsub ?x16450 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7999 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19400 (bvlshr (bvsub ?x16450 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8411 (and (bvult ?x19400 ncpu) (bvult (bvsub ?x16450 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19400 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18588 (bvlshr (bvsub ?x16450 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18196 (and (bvult ?x18588 ncpu) (bvult (bvsub ?x16450 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18588 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14820 (or (bvult (bvsub ?x16450 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16450 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16450 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18196 $x8411 $x18602 $x17643)))
 (or (not $x14820) (not $x11238))))))))))))))))))))))
(check-sat)
