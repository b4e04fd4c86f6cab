; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:167:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x13841 (bvadd ?x11119 (_ bv18446744073709551600 64))))
 (let ((?x13786 (bvadd ?x13841 (_ bv7 64))))
 (let (($x16217 (bvult (bvsub ?x13786 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4290 (bvlshr (bvsub ?x13786 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x856 (and (bvult ?x4290 ncpu) (bvult (bvsub ?x13786 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4290 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5203 (bvlshr (bvsub ?x13786 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13235 (and (bvult ?x5203 ncpu) (bvult (bvsub ?x13786 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5203 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12677 (bvlshr (bvsub ?x13786 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8968 (and (bvult ?x12677 ncpu) (bvult (bvsub ?x13786 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12677 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15312 (or (bvult (bvsub ?x13786 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13786 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13786 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8968 $x13235 $x856 $x16217)))
 (let (($x13892 (bvult (bvsub ?x13841 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7687 (bvlshr (bvsub ?x13841 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16201 (and (bvult ?x7687 ncpu) (bvult (bvsub ?x13841 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7687 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12216 (bvlshr (bvsub ?x13841 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8851 (and (bvult ?x12216 ncpu) (bvult (bvsub ?x13841 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12216 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10073 (bvlshr (bvsub ?x13841 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3150 (and (bvult ?x10073 ncpu) (bvult (bvsub ?x13841 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10073 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x21509 (or (bvult (bvsub ?x13841 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13841 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13841 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3150 $x8851 $x16201 $x13892)))
 (or (not $x21509) (not $x15312))))))))))))))))))))))
(check-sat)
