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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x7838 (bvadd ?x9097 (_ bv18446744073709551568 64))))
 (let ((?x4190 (bvadd ?x7838 (_ bv8 64))))
 (let ((?x13283 (bvadd ?x4190 (_ bv7 64))))
 (let ((?x7599 (bvlshr (bvsub ?x13283 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4584 (and (bvult ?x7599 ncpu) (bvult (bvsub ?x13283 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7599 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9422 (bvlshr (bvsub ?x13283 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12526 (and (bvult ?x9422 ncpu) (bvult (bvsub ?x13283 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9422 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6260 (bvlshr (bvsub ?x13283 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10488 (and (bvult ?x6260 ncpu) (bvult (bvsub ?x13283 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6260 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13079 (or (bvult (bvsub ?x13283 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13283 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13283 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10488 $x12526 $x4584 (bvult (bvsub ?x13283 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x3211 (bvlshr (bvsub ?x4190 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x804 (and (bvult ?x3211 ncpu) (bvult (bvsub ?x4190 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3211 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9324 (bvlshr (bvsub ?x4190 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11426 (and (bvult ?x9324 ncpu) (bvult (bvsub ?x4190 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9324 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10544 (bvlshr (bvsub ?x4190 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5237 (and (bvult ?x10544 ncpu) (bvult (bvsub ?x4190 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10544 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8545 (or (bvult (bvsub ?x4190 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4190 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4190 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5237 $x11426 $x804 (bvult (bvsub ?x4190 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x8545) (not $x13079)))))))))))))))))))))
(check-sat)
