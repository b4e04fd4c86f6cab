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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16764 (bvadd ?x14394 (_ bv18446744073709551568 64))))
 (let ((?x20113 (bvadd ?x16764 (_ bv8 64))))
 (let ((?x20023 (bvadd ?x20113 (_ bv7 64))))
 (let ((?x15475 (bvlshr (bvsub ?x20023 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19446 (and (bvult ?x15475 ncpu) (bvult (bvsub ?x20023 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15475 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14722 (bvlshr (bvsub ?x20023 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2168 (and (bvult ?x14722 ncpu) (bvult (bvsub ?x20023 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14722 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17948 (bvlshr (bvsub ?x20023 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16174 (and (bvult ?x17948 ncpu) (bvult (bvsub ?x20023 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17948 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18215 (or (bvult (bvsub ?x20023 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20023 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20023 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16174 $x2168 $x19446 (bvult (bvsub ?x20023 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x11335 (bvlshr (bvsub ?x20113 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19542 (and (bvult ?x11335 ncpu) (bvult (bvsub ?x20113 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11335 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18195 (bvlshr (bvsub ?x20113 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11128 (and (bvult ?x18195 ncpu) (bvult (bvsub ?x20113 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18195 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12994 (bvlshr (bvsub ?x20113 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14847 (and (bvult ?x12994 ncpu) (bvult (bvsub ?x20113 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12994 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6803 (or (bvult (bvsub ?x20113 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20113 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20113 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14847 $x11128 $x19542 (bvult (bvsub ?x20113 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6803) (not $x18215)))))))))))))))))))))
(check-sat)
