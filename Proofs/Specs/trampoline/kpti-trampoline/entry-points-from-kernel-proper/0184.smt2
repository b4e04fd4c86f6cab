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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15856 (bvadd ?x15984 (_ bv18446744073709551568 64))))
 (let ((?x19530 (bvadd ?x15856 (_ bv8 64))))
 (let ((?x16771 (bvadd ?x19530 (_ bv7 64))))
 (let ((?x17359 (bvlshr (bvsub ?x16771 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18575 (and (bvult ?x17359 ncpu) (bvult (bvsub ?x16771 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17359 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10411 (bvlshr (bvsub ?x16771 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12489 (and (bvult ?x10411 ncpu) (bvult (bvsub ?x16771 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10411 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9309 (bvlshr (bvsub ?x16771 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10728 (and (bvult ?x9309 ncpu) (bvult (bvsub ?x16771 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9309 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16872 (or (bvult (bvsub ?x16771 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16771 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16771 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10728 $x12489 $x18575 (bvult (bvsub ?x16771 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x19619 (bvlshr (bvsub ?x19530 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18258 (and (bvult ?x19619 ncpu) (bvult (bvsub ?x19530 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19619 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19885 (bvlshr (bvsub ?x19530 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11865 (and (bvult ?x19885 ncpu) (bvult (bvsub ?x19530 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19885 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14706 (bvlshr (bvsub ?x19530 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17465 (and (bvult ?x14706 ncpu) (bvult (bvsub ?x19530 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14706 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15815 (or (bvult (bvsub ?x19530 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19530 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19530 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17465 $x11865 $x18258 (bvult (bvsub ?x19530 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x15815) (not $x16872)))))))))))))))))))))
(check-sat)
