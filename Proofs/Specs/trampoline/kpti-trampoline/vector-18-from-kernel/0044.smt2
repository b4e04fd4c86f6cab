; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:208:3
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x4869 (bvadd ?x2989 (_ bv18446744073709551504 64))))
 (let ((?x8380 (bvadd ?x4869 (_ bv7 64))))
 (let (($x7109 (bvult (bvsub ?x8380 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5902 (bvlshr (bvsub ?x8380 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8599 (and (bvult ?x5902 ncpu) (bvult (bvsub ?x8380 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5902 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8707 (bvlshr (bvsub ?x8380 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8630 (and (bvult ?x8707 ncpu) (bvult (bvsub ?x8380 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8707 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7885 (bvlshr (bvsub ?x8380 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6387 (and (bvult ?x7885 ncpu) (bvult (bvsub ?x8380 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7885 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6378 (or (bvult (bvsub ?x8380 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8380 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8380 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6387 $x8630 $x8599 $x7109)))
 (let (($x6106 (bvult (bvsub ?x4869 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6568 (bvlshr (bvsub ?x4869 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9447 (and (bvult ?x6568 ncpu) (bvult (bvsub ?x4869 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6568 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3559 (bvlshr (bvsub ?x4869 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5312 (and (bvult ?x3559 ncpu) (bvult (bvsub ?x4869 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3559 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4399 (bvlshr (bvsub ?x4869 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9438 (and (bvult ?x4399 ncpu) (bvult (bvsub ?x4869 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4399 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4185 (or (bvult (bvsub ?x4869 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4869 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4869 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9438 $x5312 $x9447 $x6106)))
 (or (not $x4185) (not $x6378))))))))))))))))))))))
(check-sat)
