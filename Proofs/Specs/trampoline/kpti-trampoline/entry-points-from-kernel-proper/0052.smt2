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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3026 (bvadd ?x7602 (_ bv18446744073709551568 64))))
 (let ((?x1460 (bvadd ?x3026 (_ bv8 64))))
 (let ((?x8766 (bvadd ?x1460 (_ bv7 64))))
 (let ((?x5502 (bvlshr (bvsub ?x8766 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2283 (and (bvult ?x5502 ncpu) (bvult (bvsub ?x8766 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5502 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6607 (bvlshr (bvsub ?x8766 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4565 (and (bvult ?x6607 ncpu) (bvult (bvsub ?x8766 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6607 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5471 (bvlshr (bvsub ?x8766 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9941 (and (bvult ?x5471 ncpu) (bvult (bvsub ?x8766 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5471 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7247 (or (bvult (bvsub ?x8766 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8766 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8766 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9941 $x4565 $x2283 (bvult (bvsub ?x8766 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x7380 (bvlshr (bvsub ?x1460 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8387 (and (bvult ?x7380 ncpu) (bvult (bvsub ?x1460 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7380 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8306 (bvlshr (bvsub ?x1460 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8809 (and (bvult ?x8306 ncpu) (bvult (bvsub ?x1460 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8306 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6371 (bvlshr (bvsub ?x1460 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4100 (and (bvult ?x6371 ncpu) (bvult (bvsub ?x1460 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6371 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5556 (or (bvult (bvsub ?x1460 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1460 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1460 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4100 $x8809 $x8387 (bvult (bvsub ?x1460 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x5556) (not $x7247)))))))))))))))))))))
(check-sat)
