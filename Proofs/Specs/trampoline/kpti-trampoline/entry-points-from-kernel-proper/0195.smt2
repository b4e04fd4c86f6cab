; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:239:3
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
 (let ((?x1610 (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64))))
 (let ((?x14103 (bvadd ?x1610 (_ bv7 64))))
 (let ((?x16424 (bvlshr (bvsub ?x14103 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x19244 (and (bvult ?x16424 ncpu) (bvult (bvsub ?x14103 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16424 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18913 (bvlshr (bvsub ?x14103 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x20326 (and (bvult ?x18913 ncpu) (bvult (bvsub ?x14103 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18913 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7506 (bvlshr (bvsub ?x14103 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16002 (and (bvult ?x7506 ncpu) (bvult (bvsub ?x14103 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7506 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17851 (or (bvult (bvsub ?x14103 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14103 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14103 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16002 $x20326 $x19244 (bvult (bvsub ?x14103 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x12286 (bvlshr (bvsub ?x1610 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18301 (and (bvult ?x12286 ncpu) (bvult (bvsub ?x1610 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12286 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13681 (bvlshr (bvsub ?x1610 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12023 (and (bvult ?x13681 ncpu) (bvult (bvsub ?x1610 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13681 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17966 (bvlshr (bvsub ?x1610 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13392 (and (bvult ?x17966 ncpu) (bvult (bvsub ?x1610 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17966 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8881 (or (bvult (bvsub ?x1610 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1610 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1610 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13392 $x12023 $x18301 (bvult (bvsub ?x1610 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x8881) (not $x17851)))))))))))))))))))
(check-sat)
