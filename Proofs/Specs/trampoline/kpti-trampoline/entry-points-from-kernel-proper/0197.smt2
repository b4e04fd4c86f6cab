; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:236:3
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
 (let ((?x10485 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x20522 (bvadd ?x10485 (_ bv16376 64))))
 (let ((?x19280 (bvadd ?x20522 (_ bv7 64))))
 (let ((?x17878 (bvlshr (bvsub ?x19280 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10167 (and (bvult ?x17878 ncpu) (bvult (bvsub ?x19280 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17878 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10378 (bvlshr (bvsub ?x19280 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13612 (and (bvult ?x10378 ncpu) (bvult (bvsub ?x19280 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10378 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16598 (bvlshr (bvsub ?x19280 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17205 (and (bvult ?x16598 ncpu) (bvult (bvsub ?x19280 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16598 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5402 (or (bvult (bvsub ?x19280 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19280 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19280 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17205 $x13612 $x10167 (bvult (bvsub ?x19280 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x17027 (bvlshr (bvsub ?x20522 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6669 (and (bvult ?x17027 ncpu) (bvult (bvsub ?x20522 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17027 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x20237 (bvlshr (bvsub ?x20522 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15951 (and (bvult ?x20237 ncpu) (bvult (bvsub ?x20522 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20237 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17990 (bvlshr (bvsub ?x20522 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12313 (and (bvult ?x17990 ncpu) (bvult (bvsub ?x20522 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17990 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6214 (or (bvult (bvsub ?x20522 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20522 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20522 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12313 $x15951 $x6669 (bvult (bvsub ?x20522 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6214) (not $x5402))))))))))))))))))))
(check-sat)
