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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3952 (bvadd ?x2156 (_ bv18446744073709551568 64))))
 (let ((?x12934 (bvadd ?x3952 (_ bv8 64))))
 (let ((?x10106 (bvadd ?x12934 (_ bv7 64))))
 (let ((?x11569 (bvlshr (bvsub ?x10106 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5681 (and (bvult ?x11569 ncpu) (bvult (bvsub ?x10106 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11569 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10781 (bvlshr (bvsub ?x10106 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12960 (and (bvult ?x10781 ncpu) (bvult (bvsub ?x10106 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10781 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12801 (bvlshr (bvsub ?x10106 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11331 (and (bvult ?x12801 ncpu) (bvult (bvsub ?x10106 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12801 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13223 (or (bvult (bvsub ?x10106 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10106 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10106 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11331 $x12960 $x5681 (bvult (bvsub ?x10106 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1815 (bvlshr (bvsub ?x12934 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8625 (and (bvult ?x1815 ncpu) (bvult (bvsub ?x12934 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1815 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7458 (bvlshr (bvsub ?x12934 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1608 (and (bvult ?x7458 ncpu) (bvult (bvsub ?x12934 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7458 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5374 (bvlshr (bvsub ?x12934 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7503 (and (bvult ?x5374 ncpu) (bvult (bvsub ?x12934 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5374 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10542 (or (bvult (bvsub ?x12934 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12934 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12934 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7503 $x1608 $x8625 (bvult (bvsub ?x12934 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x10542) (not $x13223)))))))))))))))))))))
(check-sat)
