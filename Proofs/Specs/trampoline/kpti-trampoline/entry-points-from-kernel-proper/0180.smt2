; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x19195 (bvadd ?x15984 (_ bv18446744073709551536 64))))
 (let ((?x4027 (bvadd ?x19195 (_ bv7 64))))
 (let (($x18326 (bvult (bvsub ?x4027 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13276 (bvlshr (bvsub ?x4027 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1027 (and (bvult ?x13276 ncpu) (bvult (bvsub ?x4027 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13276 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17551 (bvlshr (bvsub ?x4027 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15420 (and (bvult ?x17551 ncpu) (bvult (bvsub ?x4027 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17551 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17269 (bvlshr (bvsub ?x4027 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18150 (and (bvult ?x17269 ncpu) (bvult (bvsub ?x4027 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17269 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18402 (or (bvult (bvsub ?x4027 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4027 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4027 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18150 $x15420 $x1027 $x18326)))
 (let (($x18841 (bvult (bvsub ?x19195 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4385 (bvlshr (bvsub ?x19195 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17809 (and (bvult ?x4385 ncpu) (bvult (bvsub ?x19195 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4385 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17466 (bvlshr (bvsub ?x19195 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18025 (and (bvult ?x17466 ncpu) (bvult (bvsub ?x19195 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17466 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16650 (bvlshr (bvsub ?x19195 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4587 (and (bvult ?x16650 ncpu) (bvult (bvsub ?x19195 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16650 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16370 (or (bvult (bvsub ?x19195 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19195 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19195 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4587 $x18025 $x17809 $x18841)))
 (or (not $x16370) (not $x18402))))))))))))))))))))))
(check-sat)
