; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x9140 (bvadd ?x2989 (_ bv18446744073709551544 64))))
 (let ((?x3748 (bvadd ?x9140 (_ bv7 64))))
 (let (($x4760 (bvult (bvsub ?x3748 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9094 (bvlshr (bvsub ?x3748 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1689 (and (bvult ?x9094 ncpu) (bvult (bvsub ?x3748 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9094 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7391 (bvlshr (bvsub ?x3748 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9064 (and (bvult ?x7391 ncpu) (bvult (bvsub ?x3748 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7391 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6401 (bvlshr (bvsub ?x3748 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8242 (and (bvult ?x6401 ncpu) (bvult (bvsub ?x3748 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6401 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1506 (or (bvult (bvsub ?x3748 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3748 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3748 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8242 $x9064 $x1689 $x4760)))
 (let (($x1930 (bvult (bvsub ?x9140 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3560 (bvlshr (bvsub ?x9140 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8981 (and (bvult ?x3560 ncpu) (bvult (bvsub ?x9140 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3560 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3720 (bvlshr (bvsub ?x9140 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4100 (and (bvult ?x3720 ncpu) (bvult (bvsub ?x9140 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3720 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8247 (bvlshr (bvsub ?x9140 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1915 (and (bvult ?x8247 ncpu) (bvult (bvsub ?x9140 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8247 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7622 (or (bvult (bvsub ?x9140 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9140 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9140 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1915 $x4100 $x8981 $x1930)))
 (or (not $x7622) (not $x1506))))))))))))))))))))))
(check-sat)
