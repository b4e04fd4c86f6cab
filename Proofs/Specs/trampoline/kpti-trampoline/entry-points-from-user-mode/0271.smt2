; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:157:3
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
 (let ((?x3688 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x13157 (bvadd ?x3688 (_ bv16352 64))))
 (let ((?x45829 (bvadd ?x13157 (_ bv7 64))))
 (let (($x44170 (bvult (bvsub ?x45829 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x61040 (bvlshr (bvsub ?x45829 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68143 (and (bvult ?x61040 ncpu) (bvult (bvsub ?x45829 (bvadd (_ bv18446683600570023936 64) (bvmul ?x61040 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x59920 (bvlshr (bvsub ?x45829 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x57056 (and (bvult ?x59920 ncpu) (bvult (bvsub ?x45829 (bvadd (_ bv18446741874687344640 64) (bvmul ?x59920 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x62184 (bvlshr (bvsub ?x45829 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67636 (and (bvult ?x62184 ncpu) (bvult (bvsub ?x45829 (bvadd (_ bv18446612686364999680 64) (bvmul ?x62184 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x70952 (or (bvult (bvsub ?x45829 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45829 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45829 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x67636 $x57056 $x68143 $x44170)))
 (let (($x57048 (bvult (bvsub ?x13157 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3949 (bvlshr (bvsub ?x13157 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2971 (and (bvult ?x3949 ncpu) (bvult (bvsub ?x13157 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3949 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x55826 (bvlshr (bvsub ?x13157 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51515 (and (bvult ?x55826 ncpu) (bvult (bvsub ?x13157 (bvadd (_ bv18446741874687344640 64) (bvmul ?x55826 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x49211 (bvlshr (bvsub ?x13157 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70741 (and (bvult ?x49211 ncpu) (bvult (bvsub ?x13157 (bvadd (_ bv18446612686364999680 64) (bvmul ?x49211 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x64367 (or (bvult (bvsub ?x13157 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13157 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13157 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x70741 $x51515 $x2971 $x57048)))
 (or (not $x64367) (not $x70952))))))))))))))))))))))
(check-sat)
