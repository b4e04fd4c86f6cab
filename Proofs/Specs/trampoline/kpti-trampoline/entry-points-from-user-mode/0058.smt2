; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x13195 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x16306 (bvadd ?x13195 (_ bv18446744073709551488 64))))
 (let ((?x16799 (bvadd ?x16306 (_ bv7 64))))
 (let (($x16960 (bvult (bvsub ?x16799 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12881 (bvlshr (bvsub ?x16799 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5065 (bvult (bvsub ?x16799 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12881 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x16875 (bvult ?x12881 ncpu)))
 (let ((?x6005 (bvlshr (bvsub ?x16799 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10135 (bvult (bvsub ?x16799 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6005 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x12471 (bvult ?x6005 ncpu)))
 (let ((?x11432 (bvlshr (bvsub ?x16799 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17702 (bvult (bvsub ?x16799 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11432 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x17719 (bvult ?x11432 ncpu)))
 (let (($x17711 (or (bvult (bvsub ?x16799 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16799 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16799 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x17719 $x17702) (and $x12471 $x10135) (and $x16875 $x5065) $x16960)))
 (let (($x17416 (bvult (bvsub ?x16306 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8060 (bvlshr (bvsub ?x16306 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16758 (bvult (bvsub ?x16306 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8060 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x16787 (bvult ?x8060 ncpu)))
 (let (($x1683 (and $x16787 $x16758)))
 (let ((?x10215 (bvlshr (bvsub ?x16306 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10087 (bvult (bvsub ?x16306 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10215 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x9941 (bvult ?x10215 ncpu)))
 (let ((?x17726 (bvlshr (bvsub ?x16306 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8433 (bvult (bvsub ?x16306 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17726 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x15635 (bvult ?x17726 ncpu)))
 (let (($x5477 (or (bvult (bvsub ?x16306 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16306 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16306 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x15635 $x8433) (and $x9941 $x10087) $x1683 $x17416)))
 (or (not $x5477) (not $x17711)))))))))))))))))))))))))))))
(check-sat)
