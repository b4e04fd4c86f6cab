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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x6590 (bvadd ?x3058 (_ bv18446744073709551600 64))))
 (let ((?x3082 (bvadd ?x6590 (_ bv7 64))))
 (let (($x3045 (bvult (bvsub ?x3082 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4469 (bvlshr (bvsub ?x3082 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3033 (and (bvult ?x4469 ncpu) (bvult (bvsub ?x3082 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4469 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4546 (bvlshr (bvsub ?x3082 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1639 (and (bvult ?x4546 ncpu) (bvult (bvsub ?x3082 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4546 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5576 (bvlshr (bvsub ?x3082 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x433 (and (bvult ?x5576 ncpu) (bvult (bvsub ?x3082 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5576 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5471 (or (bvult (bvsub ?x3082 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3082 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3082 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x433 $x1639 $x3033 $x3045)))
 (let (($x3462 (bvult (bvsub ?x6590 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4449 (bvlshr (bvsub ?x6590 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4532 (and (bvult ?x4449 ncpu) (bvult (bvsub ?x6590 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4449 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4365 (bvlshr (bvsub ?x6590 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4470 (and (bvult ?x4365 ncpu) (bvult (bvsub ?x6590 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4365 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4253 (bvlshr (bvsub ?x6590 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5090 (and (bvult ?x4253 ncpu) (bvult (bvsub ?x6590 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4253 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9075 (or (bvult (bvsub ?x6590 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6590 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6590 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5090 $x4470 $x4532 $x3462)))
 (or (not $x9075) (not $x5471))))))))))))))))))))))
(check-sat)
