; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:153:3
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
 (let ((?x16897 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4104 64)) (_ bv0 64))))
 (let ((?x13436 (bvadd ?x16897 (_ bv7 64))))
 (let ((?x14245 (bvlshr (bvsub ?x13436 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6390 (and (bvult ?x14245 ncpu) (bvult (bvsub ?x13436 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14245 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7883 (bvlshr (bvsub ?x13436 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19360 (and (bvult ?x7883 ncpu) (bvult (bvsub ?x13436 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7883 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18999 (bvlshr (bvsub ?x13436 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9396 (and (bvult ?x18999 ncpu) (bvult (bvsub ?x13436 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18999 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11477 (or (bvult (bvsub ?x13436 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13436 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13436 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9396 $x19360 $x6390 (bvult (bvsub ?x13436 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x10041 (bvlshr (bvsub ?x16897 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18941 (and (bvult ?x10041 ncpu) (bvult (bvsub ?x16897 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10041 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10167 (bvlshr (bvsub ?x16897 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13607 (and (bvult ?x10167 ncpu) (bvult (bvsub ?x16897 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10167 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14973 (bvlshr (bvsub ?x16897 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18783 (and (bvult ?x14973 ncpu) (bvult (bvsub ?x16897 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14973 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8201 (or (bvult (bvsub ?x16897 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16897 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16897 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x18783 $x13607 $x18941 (bvult (bvsub ?x16897 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x8201) (not $x11477)))))))))))))))))))
(check-sat)
