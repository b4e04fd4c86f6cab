; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:219:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15378 (bvadd ?x10437 (_ bv18446744073709551552 64))))
 (let ((?x14324 (bvadd ?x15378 (_ bv7 64))))
 (let (($x12841 (bvult (bvsub ?x14324 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17226 (bvlshr (bvsub ?x14324 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3510 (and (bvult ?x17226 ncpu) (bvult (bvsub ?x14324 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17226 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15962 (bvlshr (bvsub ?x14324 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15208 (and (bvult ?x15962 ncpu) (bvult (bvsub ?x14324 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15962 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15007 (bvlshr (bvsub ?x14324 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12250 (and (bvult ?x15007 ncpu) (bvult (bvsub ?x14324 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15007 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18821 (or (bvult (bvsub ?x14324 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14324 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14324 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12250 $x15208 $x3510 $x12841)))
 (let (($x10630 (bvult (bvsub ?x15378 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12749 (bvlshr (bvsub ?x15378 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15905 (and (bvult ?x12749 ncpu) (bvult (bvsub ?x15378 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12749 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14890 (bvlshr (bvsub ?x15378 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13277 (and (bvult ?x14890 ncpu) (bvult (bvsub ?x15378 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14890 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15897 (bvlshr (bvsub ?x15378 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17388 (and (bvult ?x15897 ncpu) (bvult (bvsub ?x15378 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15897 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18109 (or (bvult (bvsub ?x15378 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15378 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15378 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17388 $x13277 $x15905 $x10630)))
 (or (not $x18109) (not $x18821))))))))))))))))))))))
(check-sat)
