; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: exit syscall_exit
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:234:3
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
 (let ((?x1177 (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64))))
 (let ((?x1216 (bvadd ?x1177 (_ bv7 64))))
 (let ((?x447 (bvlshr (bvsub ?x1216 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2069 (and (bvult ?x447 ncpu) (bvult (bvsub ?x1216 (bvadd (_ bv18446683600570023936 64) (bvmul ?x447 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1341 (bvlshr (bvsub ?x1216 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1587 (and (bvult ?x1341 ncpu) (bvult (bvsub ?x1216 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1341 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x341 (bvlshr (bvsub ?x1216 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1561 (and (bvult ?x341 ncpu) (bvult (bvsub ?x1216 (bvadd (_ bv18446612686364999680 64) (bvmul ?x341 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x36 (or (bvult (bvsub ?x1216 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1216 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1216 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1561 $x1587 $x2069 (bvult (bvsub ?x1216 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x334 (bvlshr (bvsub ?x1177 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x138 (and (bvult ?x334 ncpu) (bvult (bvsub ?x1177 (bvadd (_ bv18446683600570023936 64) (bvmul ?x334 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1924 (bvlshr (bvsub ?x1177 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1751 (and (bvult ?x1924 ncpu) (bvult (bvsub ?x1177 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1924 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x395 (bvlshr (bvsub ?x1177 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x523 (and (bvult ?x395 ncpu) (bvult (bvsub ?x1177 (bvadd (_ bv18446612686364999680 64) (bvmul ?x395 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1436 (or (bvult (bvsub ?x1177 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1177 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1177 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x523 $x1751 $x138 (bvult (bvsub ?x1177 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1436) (not $x36)))))))))))))))))))
(check-sat)
