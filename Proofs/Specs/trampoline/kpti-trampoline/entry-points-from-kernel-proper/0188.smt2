; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x2947 (bvadd ?x15367 (_ bv18446744073709551568 64))))
 (let ((?x13378 (bvadd ?x2947 (_ bv8 64))))
 (let ((?x18318 (bvadd ?x13378 (_ bv7 64))))
 (let ((?x13622 (bvlshr (bvsub ?x18318 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16666 (and (bvult ?x13622 ncpu) (bvult (bvsub ?x18318 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13622 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17528 (bvlshr (bvsub ?x18318 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19192 (and (bvult ?x17528 ncpu) (bvult (bvsub ?x18318 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17528 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18488 (bvlshr (bvsub ?x18318 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18487 (and (bvult ?x18488 ncpu) (bvult (bvsub ?x18318 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18488 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13343 (or (bvult (bvsub ?x18318 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18318 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18318 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18487 $x19192 $x16666 (bvult (bvsub ?x18318 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x17583 (bvlshr (bvsub ?x13378 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13241 (and (bvult ?x17583 ncpu) (bvult (bvsub ?x13378 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17583 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13644 (bvlshr (bvsub ?x13378 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18029 (and (bvult ?x13644 ncpu) (bvult (bvsub ?x13378 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13644 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10118 (bvlshr (bvsub ?x13378 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3227 (and (bvult ?x10118 ncpu) (bvult (bvsub ?x13378 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10118 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18330 (or (bvult (bvsub ?x13378 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13378 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13378 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3227 $x18029 $x13241 (bvult (bvsub ?x13378 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x18330) (not $x13343)))))))))))))))))))))
(check-sat)
