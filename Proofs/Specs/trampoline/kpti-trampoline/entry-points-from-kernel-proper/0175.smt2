; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:207:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x17792 (bvadd ?x14394 (_ bv18446744073709551496 64))))
 (let ((?x20018 (bvadd ?x17792 (_ bv7 64))))
 (let (($x15664 (bvult (bvsub ?x20018 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5275 (bvlshr (bvsub ?x20018 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15556 (and (bvult ?x5275 ncpu) (bvult (bvsub ?x20018 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5275 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15720 (bvlshr (bvsub ?x20018 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18274 (and (bvult ?x15720 ncpu) (bvult (bvsub ?x20018 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15720 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17498 (bvlshr (bvsub ?x20018 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16699 (and (bvult ?x17498 ncpu) (bvult (bvsub ?x20018 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17498 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4126 (or (bvult (bvsub ?x20018 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20018 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20018 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16699 $x18274 $x15556 $x15664)))
 (let (($x18839 (bvult (bvsub ?x17792 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15743 (bvlshr (bvsub ?x17792 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7571 (and (bvult ?x15743 ncpu) (bvult (bvsub ?x17792 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15743 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6423 (bvlshr (bvsub ?x17792 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11027 (and (bvult ?x6423 ncpu) (bvult (bvsub ?x17792 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6423 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19652 (bvlshr (bvsub ?x17792 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17698 (and (bvult ?x19652 ncpu) (bvult (bvsub ?x17792 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19652 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14706 (or (bvult (bvsub ?x17792 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17792 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17792 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17698 $x11027 $x7571 $x18839)))
 (or (not $x14706) (not $x4126))))))))))))))))))))))
(check-sat)
