; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x11111 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x8747 (bvadd ?x11111 (_ bv16376 64))))
 (let ((?x13789 (bvadd ?x8747 (_ bv7 64))))
 (let (($x5353 (bvult (bvsub ?x13789 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12508 (bvlshr (bvsub ?x13789 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5468 (and (bvult ?x12508 ncpu) (bvult (bvsub ?x13789 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12508 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12827 (bvlshr (bvsub ?x13789 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12554 (and (bvult ?x12827 ncpu) (bvult (bvsub ?x13789 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12827 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12578 (bvlshr (bvsub ?x13789 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4893 (and (bvult ?x12578 ncpu) (bvult (bvsub ?x13789 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12578 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x74406 (or (bvult (bvsub ?x13789 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13789 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13789 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4893 $x12554 $x5468 $x5353)))
 (let (($x5149 (bvult (bvsub ?x8747 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1107 (bvlshr (bvsub ?x8747 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3757 (and (bvult ?x1107 ncpu) (bvult (bvsub ?x8747 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1107 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x489 (bvlshr (bvsub ?x8747 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4929 (and (bvult ?x489 ncpu) (bvult (bvsub ?x8747 (bvadd (_ bv18446741874687344640 64) (bvmul ?x489 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8749 (bvlshr (bvsub ?x8747 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12838 (and (bvult ?x8749 ncpu) (bvult (bvsub ?x8747 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8749 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x58725 (or (bvult (bvsub ?x8747 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8747 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8747 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12838 $x4929 $x3757 $x5149)))
 (or (not $x58725) (not $x74406))))))))))))))))))))))
(check-sat)
