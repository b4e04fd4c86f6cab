; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 8 from kernel
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
 (let ((?x4310 (bvadd ?x2064 (_ bv7 64))))
 (let ((?x3174 (bvlshr (bvsub ?x4310 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3240 (and (bvult ?x3174 ncpu) (bvult (bvsub ?x4310 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3174 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5255 (bvlshr (bvsub ?x4310 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3152 (and (bvult ?x5255 ncpu) (bvult (bvsub ?x4310 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5255 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5177 (bvlshr (bvsub ?x4310 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5243 (and (bvult ?x5177 ncpu) (bvult (bvsub ?x4310 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5177 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3273 (or (bvult (bvsub ?x4310 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4310 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4310 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5243 $x3152 $x3240 (bvult (bvsub ?x4310 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1354 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4312 (and (bvult ?x1354 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1354 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7465 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7552 (and (bvult ?x7465 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7465 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4384 (bvlshr (bvsub ?x2064 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6332 (and (bvult ?x4384 ncpu) (bvult (bvsub ?x2064 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4384 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7555 (or (bvult (bvsub ?x2064 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2064 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2064 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6332 $x7552 $x4312 (bvult (bvsub ?x2064 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7555) (not $x3273)))))))))))))))))))
(check-sat)
