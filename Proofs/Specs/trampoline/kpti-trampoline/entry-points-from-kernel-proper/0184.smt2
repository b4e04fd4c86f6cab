; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x13893 (bvadd ?x10437 (_ bv18446744073709551568 64))))
 (let ((?x13568 (bvadd ?x13893 (_ bv8 64))))
 (let ((?x18657 (bvadd ?x13568 (_ bv7 64))))
 (let ((?x10636 (bvlshr (bvsub ?x18657 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13419 (and (bvult ?x10636 ncpu) (bvult (bvsub ?x18657 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10636 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14549 (bvlshr (bvsub ?x18657 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15187 (and (bvult ?x14549 ncpu) (bvult (bvsub ?x18657 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14549 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10859 (bvlshr (bvsub ?x18657 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13318 (and (bvult ?x10859 ncpu) (bvult (bvsub ?x18657 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10859 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15857 (or (bvult (bvsub ?x18657 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18657 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18657 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13318 $x15187 $x13419 (bvult (bvsub ?x18657 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x15592 (bvlshr (bvsub ?x13568 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19274 (and (bvult ?x15592 ncpu) (bvult (bvsub ?x13568 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15592 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10602 (bvlshr (bvsub ?x13568 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18524 (and (bvult ?x10602 ncpu) (bvult (bvsub ?x13568 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10602 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18377 (bvlshr (bvsub ?x13568 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18637 (and (bvult ?x18377 ncpu) (bvult (bvsub ?x13568 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18377 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13665 (or (bvult (bvsub ?x13568 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13568 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13568 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18637 $x18524 $x19274 (bvult (bvsub ?x13568 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x13665) (not $x15857)))))))))))))))))))))
(check-sat)
