; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:216:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11172 (bvadd ?x5362 (_ bv18446744073709551528 64))))
 (let ((?x9508 (bvadd ?x11172 (_ bv7 64))))
 (let (($x10980 (bvult (bvsub ?x9508 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8485 (bvlshr (bvsub ?x9508 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3353 (and (bvult ?x8485 ncpu) (bvult (bvsub ?x9508 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8485 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3324 (bvlshr (bvsub ?x9508 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x665 (and (bvult ?x3324 ncpu) (bvult (bvsub ?x9508 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3324 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2994 (bvlshr (bvsub ?x9508 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8568 (and (bvult ?x2994 ncpu) (bvult (bvsub ?x9508 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2994 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2350 (or (bvult (bvsub ?x9508 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9508 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9508 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8568 $x665 $x3353 $x10980)))
 (let (($x9521 (bvult (bvsub ?x11172 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5412 (bvlshr (bvsub ?x11172 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x40 (and (bvult ?x5412 ncpu) (bvult (bvsub ?x11172 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5412 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11517 (bvlshr (bvsub ?x11172 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x543 (and (bvult ?x11517 ncpu) (bvult (bvsub ?x11172 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11517 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6573 (bvlshr (bvsub ?x11172 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8967 (and (bvult ?x6573 ncpu) (bvult (bvsub ?x11172 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6573 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9113 (or (bvult (bvsub ?x11172 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11172 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11172 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8967 $x543 $x40 $x9521)))
 (or (not $x9113) (not $x2350))))))))))))))))))))))
(check-sat)
