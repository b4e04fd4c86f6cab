; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x453 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x15614 (bvadd ?x453 (_ bv16376 64))))
 (let ((?x15839 (bvadd ?x15614 (_ bv7 64))))
 (let (($x11803 (bvult (bvsub ?x15839 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8861 (bvlshr (bvsub ?x15839 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15599 (and (bvult ?x8861 ncpu) (bvult (bvsub ?x15839 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8861 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13820 (bvlshr (bvsub ?x15839 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2502 (and (bvult ?x13820 ncpu) (bvult (bvsub ?x15839 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13820 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3955 (bvlshr (bvsub ?x15839 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6058 (and (bvult ?x3955 ncpu) (bvult (bvsub ?x15839 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3955 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7259 (or (bvult (bvsub ?x15839 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15839 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15839 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6058 $x2502 $x15599 $x11803)))
 (let (($x15695 (bvult (bvsub ?x15614 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12421 (bvlshr (bvsub ?x15614 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12462 (and (bvult ?x12421 ncpu) (bvult (bvsub ?x15614 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12421 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16875 (bvlshr (bvsub ?x15614 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16498 (and (bvult ?x16875 ncpu) (bvult (bvsub ?x15614 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16875 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17388 (bvlshr (bvsub ?x15614 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20067 (and (bvult ?x17388 ncpu) (bvult (bvsub ?x15614 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17388 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8047 (or (bvult (bvsub ?x15614 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15614 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15614 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x20067 $x16498 $x12462 $x15695)))
 (or (not $x8047) (not $x7259))))))))))))))))))))))
(check-sat)
