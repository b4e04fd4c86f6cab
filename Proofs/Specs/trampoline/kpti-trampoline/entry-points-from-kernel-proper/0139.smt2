; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x51 (bvmul c!6 (_ bv65536 64))))
 (let ((?x149 (bvadd (_ bv18446612686364999680 64) ?x51)))
 (let ((?x16298 (bvadd ?x149 (_ bv52 64))))
 (let ((?x16276 (bvadd ?x16298 (_ bv7 64))))
 (let ((?x14557 (bvlshr (bvsub ?x16276 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12726 (and (bvult ?x14557 ncpu) (bvult (bvsub ?x16276 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14557 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14968 (bvlshr (bvsub ?x16276 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12128 (and (bvult ?x14968 ncpu) (bvult (bvsub ?x16276 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14968 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9226 (bvlshr (bvsub ?x16276 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9233 (and (bvult ?x9226 ncpu) (bvult (bvsub ?x16276 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9226 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3173 (or (bvult (bvsub ?x16276 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16276 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16276 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9233 $x12128 $x12726 (bvult (bvsub ?x16276 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x12582 (bvlshr (bvsub ?x16298 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12403 (and (bvult ?x12582 ncpu) (bvult (bvsub ?x16298 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12582 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15003 (bvlshr (bvsub ?x16298 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16302 (and (bvult ?x15003 ncpu) (bvult (bvsub ?x16298 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15003 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15219 (bvlshr (bvsub ?x16298 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14784 (and (bvult ?x15219 ncpu) (bvult (bvsub ?x16298 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15219 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13198 (or (bvult (bvsub ?x16298 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16298 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16298 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14784 $x16302 $x12403 (bvult (bvsub ?x16298 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x13198) (not $x3173)))))))))))))))))))))
(check-sat)
