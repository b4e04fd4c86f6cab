; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x2064 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16 64))))
 (let ((?x1611 (bvadd ?x2064 (_ bv7 64))))
 (let ((?x4607 (bvlshr (bvsub ?x1611 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4678 (and (bvult ?x4607 ncpu) (bvult (bvsub ?x1611 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4607 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3486 (bvlshr (bvsub ?x1611 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3552 (and (bvult ?x3486 ncpu) (bvult (bvsub ?x1611 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3486 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3398 (bvlshr (bvsub ?x1611 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3464 (and (bvult ?x3398 ncpu) (bvult (bvsub ?x1611 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3398 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4711 (or (bvult (bvsub ?x1611 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1611 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1611 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3464 $x3552 $x4678 (bvult (bvsub ?x1611 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x7500 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7468 (and (bvult ?x7500 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7500 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6185 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7417 (and (bvult ?x6185 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6185 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3047 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5568 (and (bvult ?x3047 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3047 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7555 (or (bvult (bvsub ?x2064 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2064 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2064 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5568 $x7417 $x7468 (bvult (bvsub ?x2064 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7555) (not $x4711)))))))))))))))))))
(check-sat)
