; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:172:3
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
 (let ((?x13833 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x975 (bvadd ?x13833 (_ bv18446744073709551592 64))))
 (let ((?x14605 (bvadd ?x975 (_ bv7 64))))
 (let (($x6831 (bvult (bvsub ?x14605 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14424 (bvlshr (bvsub ?x14605 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14625 (and (bvult ?x14424 ncpu) (bvult (bvsub ?x14605 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14424 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2491 (bvlshr (bvsub ?x14605 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14251 (and (bvult ?x2491 ncpu) (bvult (bvsub ?x14605 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2491 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14595 (bvlshr (bvsub ?x14605 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1598 (and (bvult ?x14595 ncpu) (bvult (bvsub ?x14605 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14595 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19211 (or (bvult (bvsub ?x14605 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14605 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14605 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1598 $x14251 $x14625 $x6831)))
 (let (($x5657 (bvult (bvsub ?x975 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14580 (bvlshr (bvsub ?x975 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14706 (and (bvult ?x14580 ncpu) (bvult (bvsub ?x975 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14580 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12780 (bvlshr (bvsub ?x975 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14594 (and (bvult ?x12780 ncpu) (bvult (bvsub ?x975 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12780 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7256 (bvlshr (bvsub ?x975 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x172 (and (bvult ?x7256 ncpu) (bvult (bvsub ?x975 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7256 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4172 (or (bvult (bvsub ?x975 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x975 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x975 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x172 $x14594 $x14706 $x5657)))
 (or (not $x4172) (not $x19211))))))))))))))))))))))
(check-sat)
