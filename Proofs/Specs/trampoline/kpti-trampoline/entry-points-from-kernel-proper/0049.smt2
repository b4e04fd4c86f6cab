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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x6144 (bvadd ?x3058 (_ bv18446744073709551536 64))))
 (let ((?x5179 (bvadd ?x6144 (_ bv7 64))))
 (let (($x7268 (bvult (bvsub ?x5179 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6176 (bvlshr (bvsub ?x5179 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1846 (and (bvult ?x6176 ncpu) (bvult (bvsub ?x5179 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6176 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7661 (bvlshr (bvsub ?x5179 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5670 (and (bvult ?x7661 ncpu) (bvult (bvsub ?x5179 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7661 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7685 (bvlshr (bvsub ?x5179 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7304 (and (bvult ?x7685 ncpu) (bvult (bvsub ?x5179 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7685 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x478 (or (bvult (bvsub ?x5179 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5179 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5179 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7304 $x5670 $x1846 $x7268)))
 (let (($x4186 (bvult (bvsub ?x6144 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5861 (bvlshr (bvsub ?x6144 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4040 (and (bvult ?x5861 ncpu) (bvult (bvsub ?x6144 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5861 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5329 (bvlshr (bvsub ?x6144 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7761 (and (bvult ?x5329 ncpu) (bvult (bvsub ?x6144 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5329 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3730 (bvlshr (bvsub ?x6144 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7142 (and (bvult ?x3730 ncpu) (bvult (bvsub ?x6144 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3730 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x297 (or (bvult (bvsub ?x6144 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6144 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6144 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7142 $x7761 $x4040 $x4186)))
 (or (not $x297) (not $x478))))))))))))))))))))))
(check-sat)
