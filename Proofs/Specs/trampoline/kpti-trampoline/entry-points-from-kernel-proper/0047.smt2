; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:211:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5915 (bvadd ?x4233 (_ bv18446744073709551528 64))))
 (let ((?x7491 (bvadd ?x5915 (_ bv7 64))))
 (let (($x7274 (bvult (bvsub ?x7491 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x158 (bvlshr (bvsub ?x7491 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7946 (and (bvult ?x158 ncpu) (bvult (bvsub ?x7491 (bvadd (_ bv18446683600570023936 64) (bvmul ?x158 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5791 (bvlshr (bvsub ?x7491 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4063 (and (bvult ?x5791 ncpu) (bvult (bvsub ?x7491 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5791 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8701 (bvlshr (bvsub ?x7491 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6473 (and (bvult ?x8701 ncpu) (bvult (bvsub ?x7491 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8701 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6940 (or (bvult (bvsub ?x7491 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7491 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7491 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6473 $x4063 $x7946 $x7274)))
 (let (($x4476 (bvult (bvsub ?x5915 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5597 (bvlshr (bvsub ?x5915 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6236 (and (bvult ?x5597 ncpu) (bvult (bvsub ?x5915 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5597 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5198 (bvlshr (bvsub ?x5915 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3449 (and (bvult ?x5198 ncpu) (bvult (bvsub ?x5915 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5198 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7134 (bvlshr (bvsub ?x5915 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4850 (and (bvult ?x7134 ncpu) (bvult (bvsub ?x5915 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7134 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10127 (or (bvult (bvsub ?x5915 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5915 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5915 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4850 $x3449 $x6236 $x4476)))
 (or (not $x10127) (not $x6940))))))))))))))))))))))
(check-sat)
