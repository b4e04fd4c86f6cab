; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x171 (bvmul c!6 (_ bv65536 64))))
 (let ((?x400 (bvadd (_ bv18446612686364999680 64) ?x171)))
 (let ((?x15073 (bvadd ?x400 (_ bv44 64))))
 (let ((?x15074 (bvadd ?x15073 (_ bv7 64))))
 (let ((?x15065 (bvlshr (bvsub ?x15074 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3675 (and (bvult ?x15065 ncpu) (bvult (bvsub ?x15074 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15065 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15048 (bvlshr (bvsub ?x15074 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15089 (and (bvult ?x15048 ncpu) (bvult (bvsub ?x15074 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15048 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15049 (bvlshr (bvsub ?x15074 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8136 (and (bvult ?x15049 ncpu) (bvult (bvsub ?x15074 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15049 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7272 (or (bvult (bvsub ?x15074 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15074 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15074 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8136 $x15089 $x3675 (bvult (bvsub ?x15074 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x15097 (bvlshr (bvsub ?x15073 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4649 (and (bvult ?x15097 ncpu) (bvult (bvsub ?x15073 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15097 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14979 (bvlshr (bvsub ?x15073 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15075 (and (bvult ?x14979 ncpu) (bvult (bvsub ?x15073 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14979 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1010 (bvlshr (bvsub ?x15073 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14970 (and (bvult ?x1010 ncpu) (bvult (bvsub ?x15073 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1010 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15091 (or (bvult (bvsub ?x15073 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15073 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15073 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14970 $x15075 $x4649 (bvult (bvsub ?x15073 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x15091) (not $x7272)))))))))))))))))))))
(check-sat)
