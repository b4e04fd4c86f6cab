; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:207:3
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
 (let ((?x13873 (bvadd ?x15984 (_ bv18446744073709551496 64))))
 (let ((?x9607 (bvadd ?x13873 (_ bv7 64))))
 (let (($x13236 (bvult (bvsub ?x9607 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x19258 (bvlshr (bvsub ?x9607 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8285 (and (bvult ?x19258 ncpu) (bvult (bvsub ?x9607 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19258 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18530 (bvlshr (bvsub ?x9607 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18460 (and (bvult ?x18530 ncpu) (bvult (bvsub ?x9607 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18530 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5811 (bvlshr (bvsub ?x9607 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15999 (and (bvult ?x5811 ncpu) (bvult (bvsub ?x9607 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5811 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2157 (or (bvult (bvsub ?x9607 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9607 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9607 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15999 $x18460 $x8285 $x13236)))
 (let (($x15541 (bvult (bvsub ?x13873 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17180 (bvlshr (bvsub ?x13873 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17317 (and (bvult ?x17180 ncpu) (bvult (bvsub ?x13873 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17180 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17283 (bvlshr (bvsub ?x13873 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3900 (and (bvult ?x17283 ncpu) (bvult (bvsub ?x13873 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17283 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19101 (bvlshr (bvsub ?x13873 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18807 (and (bvult ?x19101 ncpu) (bvult (bvsub ?x13873 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19101 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14718 (or (bvult (bvsub ?x13873 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13873 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13873 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18807 $x3900 $x17317 $x15541)))
 (or (not $x14718) (not $x2157))))))))))))))))))))))
(check-sat)
