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
 (let ((?x5526 (bvadd ?x1435 (_ bv18446744073709551600 64))))
 (let ((?x7904 (bvadd ?x5526 (_ bv7 64))))
 (let (($x4320 (bvult (bvsub ?x7904 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3770 (bvlshr (bvsub ?x7904 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5216 (and (bvult ?x3770 ncpu) (bvult (bvsub ?x7904 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3770 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4167 (bvlshr (bvsub ?x7904 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4507 (and (bvult ?x4167 ncpu) (bvult (bvsub ?x7904 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4167 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4059 (bvlshr (bvsub ?x7904 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4003 (and (bvult ?x4059 ncpu) (bvult (bvsub ?x7904 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4059 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x145 (or (bvult (bvsub ?x7904 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7904 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7904 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4003 $x4507 $x5216 $x4320)))
 (let (($x3013 (bvult (bvsub ?x5526 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3000 (bvlshr (bvsub ?x5526 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2924 (and (bvult ?x3000 ncpu) (bvult (bvsub ?x5526 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3000 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3031 (bvlshr (bvsub ?x5526 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3081 (and (bvult ?x3031 ncpu) (bvult (bvsub ?x5526 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3031 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5835 (bvlshr (bvsub ?x5526 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45 (and (bvult ?x5835 ncpu) (bvult (bvsub ?x5526 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5835 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10381 (or (bvult (bvsub ?x5526 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5526 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5526 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x45 $x3081 $x2924 $x3013)))
 (or (not $x10381) (not $x145))))))))))))))))))))))
(check-sat)
