; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4386 (bvadd ?x1435 (_ bv18446744073709551608 64))))
 (let ((?x4291 (bvadd ?x4386 (_ bv7 64))))
 (let (($x3509 (bvult (bvsub ?x4291 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5511 (bvlshr (bvsub ?x4291 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3494 (and (bvult ?x5511 ncpu) (bvult (bvsub ?x4291 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5511 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5363 (bvlshr (bvsub ?x4291 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5473 (and (bvult ?x5363 ncpu) (bvult (bvsub ?x4291 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5363 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1598 (bvlshr (bvsub ?x4291 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5329 (and (bvult ?x1598 ncpu) (bvult (bvsub ?x4291 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1598 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10637 (or (bvult (bvsub ?x4291 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4291 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4291 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5329 $x5473 $x3494 $x3509)))
 (let (($x4377 (bvult (bvsub ?x4386 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6511 (bvlshr (bvsub ?x4386 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4375 (and (bvult ?x6511 ncpu) (bvult (bvsub ?x4386 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6511 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4968 (bvlshr (bvsub ?x4386 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4459 (and (bvult ?x4968 ncpu) (bvult (bvsub ?x4386 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4968 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4283 (bvlshr (bvsub ?x4386 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4404 (and (bvult ?x4283 ncpu) (bvult (bvsub ?x4386 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4283 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5631 (or (bvult (bvsub ?x4386 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4386 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4386 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4404 $x4459 $x4375 $x4377)))
 (or (not $x5631) (not $x10637))))))))))))))))))))))
(check-sat)
