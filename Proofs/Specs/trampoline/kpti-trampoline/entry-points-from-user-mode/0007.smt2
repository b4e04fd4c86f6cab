; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:120:3
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
 (let ((?x1447 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4096 64)) (_ bv0 64))))
 (let ((?x1623 (bvadd ?x1447 (_ bv7 64))))
 (let ((?x523 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x331 (and (bvult ?x523 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446683600570023936 64) (bvmul ?x523 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x150 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x161 (and (bvult ?x150 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446741874687344640 64) (bvmul ?x150 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x130 (bvlshr (bvsub ?x1623 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3650 (and (bvult ?x130 ncpu) (bvult (bvsub ?x1623 (bvadd (_ bv18446612686364999680 64) (bvmul ?x130 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x420 (or (bvult (bvsub ?x1623 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1623 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1623 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3650 $x161 $x331 (bvult (bvsub ?x1623 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x723 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x392 (and (bvult ?x723 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446683600570023936 64) (bvmul ?x723 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1534 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1407 (and (bvult ?x1534 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1534 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1374 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1737 (and (bvult ?x1374 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1374 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1851 (or (bvult (bvsub ?x1447 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1447 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1447 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1737 $x1407 $x392 (bvult (bvsub ?x1447 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1851) (not $x420)))))))))))))))))))
(check-sat)
