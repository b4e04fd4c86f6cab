; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:172:3
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
 (let ((?x14494 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x9116 (bvadd ?x14494 (_ bv18446744073709551600 64))))
 (let ((?x398 (bvadd ?x9116 (_ bv7 64))))
 (let (($x11001 (bvult (bvsub ?x398 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2383 (bvlshr (bvsub ?x398 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11330 (and (bvult ?x2383 ncpu) (bvult (bvsub ?x398 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3555 (bvlshr (bvsub ?x398 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9957 (and (bvult ?x3555 ncpu) (bvult (bvsub ?x398 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3555 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2883 (bvlshr (bvsub ?x398 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2680 (and (bvult ?x2883 ncpu) (bvult (bvsub ?x398 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2883 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12397 (or (bvult (bvsub ?x398 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x398 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x398 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2680 $x9957 $x11330 $x11001)))
 (let (($x11496 (bvult (bvsub ?x9116 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15088 (bvlshr (bvsub ?x9116 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15054 (and (bvult ?x15088 ncpu) (bvult (bvsub ?x9116 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15088 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15143 (bvlshr (bvsub ?x9116 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15114 (and (bvult ?x15143 ncpu) (bvult (bvsub ?x9116 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15143 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15165 (bvlshr (bvsub ?x9116 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15154 (and (bvult ?x15165 ncpu) (bvult (bvsub ?x9116 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15165 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12744 (or (bvult (bvsub ?x9116 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9116 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9116 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15154 $x15114 $x15054 $x11496)))
 (or (not $x12744) (not $x12397))))))))))))))))))))))
(check-sat)
