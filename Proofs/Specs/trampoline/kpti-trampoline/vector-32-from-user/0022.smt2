; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:143:3
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
 (let ((?x6078 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x1967 (bvadd ?x6078 (_ bv18446744073709551568 64))))
 (let ((?x1285 (bvadd ?x1967 (_ bv7 64))))
 (let (($x794 (bvult (bvsub ?x1285 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x470 (bvlshr (bvsub ?x1285 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x670 (bvult (bvsub ?x1285 (bvadd (_ bv18446683600570023936 64) (bvmul ?x470 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x474 (bvult ?x470 ncpu)))
 (let ((?x159 (bvlshr (bvsub ?x1285 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x321 (bvult (bvsub ?x1285 (bvadd (_ bv18446741874687344640 64) (bvmul ?x159 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x160 (bvult ?x159 ncpu)))
 (let ((?x383 (bvlshr (bvsub ?x1285 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x332 (bvult (bvsub ?x1285 (bvadd (_ bv18446612686364999680 64) (bvmul ?x383 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x451 (bvult ?x383 ncpu)))
 (let (($x2250 (or (bvult (bvsub ?x1285 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1285 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1285 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x451 $x332) (and $x160 $x321) (and $x474 $x670) $x794)))
 (let (($x281 (bvult (bvsub ?x1967 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2702 (bvlshr (bvsub ?x1967 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2719 (bvult (bvsub ?x1967 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2702 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x308 (bvult ?x2702 ncpu)))
 (let (($x4728 (and $x308 $x2719)))
 (let ((?x173 (bvlshr (bvsub ?x1967 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x166 (bvult (bvsub ?x1967 (bvadd (_ bv18446741874687344640 64) (bvmul ?x173 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x1000 (bvult ?x173 ncpu)))
 (let ((?x1941 (bvlshr (bvsub ?x1967 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x777 (bvult (bvsub ?x1967 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1941 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x1844 (bvult ?x1941 ncpu)))
 (let (($x8500 (or (bvult (bvsub ?x1967 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1967 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1967 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x1844 $x777) (and $x1000 $x166) $x4728 $x281)))
 (or (not $x8500) (not $x2250)))))))))))))))))))))))))))))
(check-sat)
