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
 (let ((?x5136 (bvadd ?x1435 (_ bv18446744073709551568 64))))
 (let ((?x4090 (bvadd ?x5136 (_ bv8 64))))
 (let ((?x2939 (bvadd ?x4090 (_ bv7 64))))
 (let ((?x4949 (bvlshr (bvsub ?x2939 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10306 (and (bvult ?x4949 ncpu) (bvult (bvsub ?x2939 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4949 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5167 (bvlshr (bvsub ?x2939 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4452 (and (bvult ?x5167 ncpu) (bvult (bvsub ?x2939 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5167 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8064 (bvlshr (bvsub ?x2939 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x357 (and (bvult ?x8064 ncpu) (bvult (bvsub ?x2939 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8064 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9853 (or (bvult (bvsub ?x2939 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2939 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2939 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x357 $x4452 $x10306 (bvult (bvsub ?x2939 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1163 (bvlshr (bvsub ?x4090 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6110 (and (bvult ?x1163 ncpu) (bvult (bvsub ?x4090 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1163 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x742 (bvlshr (bvsub ?x4090 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10140 (and (bvult ?x742 ncpu) (bvult (bvsub ?x4090 (bvadd (_ bv18446741874687344640 64) (bvmul ?x742 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5189 (bvlshr (bvsub ?x4090 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x824 (and (bvult ?x5189 ncpu) (bvult (bvsub ?x4090 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5189 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6927 (or (bvult (bvsub ?x4090 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4090 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4090 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x824 $x10140 $x6110 (bvult (bvsub ?x4090 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6927) (not $x9853)))))))))))))))))))))
(check-sat)
