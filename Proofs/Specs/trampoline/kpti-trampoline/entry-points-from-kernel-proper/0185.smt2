; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:218:3
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
 (let ((?x4938 (bvadd ?x15367 (_ bv18446744073709551544 64))))
 (let ((?x12312 (bvadd ?x4938 (_ bv7 64))))
 (let (($x16271 (bvult (bvsub ?x12312 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5286 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16813 (and (bvult ?x5286 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5286 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17159 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14020 (and (bvult ?x17159 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17159 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10088 (bvlshr (bvsub ?x12312 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17506 (and (bvult ?x10088 ncpu) (bvult (bvsub ?x12312 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10088 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5095 (or (bvult (bvsub ?x12312 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12312 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12312 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17506 $x14020 $x16813 $x16271)))
 (let (($x12639 (bvult (bvsub ?x4938 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10509 (bvlshr (bvsub ?x4938 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16020 (and (bvult ?x10509 ncpu) (bvult (bvsub ?x4938 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10509 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12922 (bvlshr (bvsub ?x4938 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10900 (and (bvult ?x12922 ncpu) (bvult (bvsub ?x4938 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12922 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17082 (bvlshr (bvsub ?x4938 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17557 (and (bvult ?x17082 ncpu) (bvult (bvsub ?x4938 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17082 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13504 (or (bvult (bvsub ?x4938 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4938 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4938 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17557 $x10900 $x16020 $x12639)))
 (or (not $x13504) (not $x5095))))))))))))))))))))))
(check-sat)
