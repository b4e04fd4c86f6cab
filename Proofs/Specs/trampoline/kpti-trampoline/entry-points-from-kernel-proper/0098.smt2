; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9466 (bvadd ?x2156 (_ bv18446744073709551496 64))))
 (let ((?x11735 (bvadd ?x9466 (_ bv7 64))))
 (let (($x6256 (bvult (bvsub ?x11735 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9096 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5010 (and (bvult ?x9096 ncpu) (bvult (bvsub ?x11735 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9096 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9907 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10764 (and (bvult ?x9907 ncpu) (bvult (bvsub ?x11735 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9907 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9426 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12464 (and (bvult ?x9426 ncpu) (bvult (bvsub ?x11735 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9426 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8805 (or (bvult (bvsub ?x11735 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11735 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11735 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12464 $x10764 $x5010 $x6256)))
 (let (($x7874 (bvult (bvsub ?x9466 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7497 (bvlshr (bvsub ?x9466 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12463 (and (bvult ?x7497 ncpu) (bvult (bvsub ?x9466 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7497 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12351 (bvlshr (bvsub ?x9466 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11041 (and (bvult ?x12351 ncpu) (bvult (bvsub ?x9466 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12351 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12452 (bvlshr (bvsub ?x9466 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11048 (and (bvult ?x12452 ncpu) (bvult (bvsub ?x9466 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12452 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8304 (or (bvult (bvsub ?x9466 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9466 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9466 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11048 $x11041 $x12463 $x7874)))
 (or (not $x8304) (not $x8805))))))))))))))))))))))
(check-sat)
