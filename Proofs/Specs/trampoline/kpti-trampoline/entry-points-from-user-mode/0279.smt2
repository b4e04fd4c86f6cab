; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:162:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x11153 (bvadd ?x11005 (_ bv16352 64))))
 (let ((?x70072 (bvadd ?x11153 (_ bv7 64))))
 (let (($x63552 (bvult (bvsub ?x70072 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x65533 (bvlshr (bvsub ?x70072 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x46757 (and (bvult ?x65533 ncpu) (bvult (bvsub ?x70072 (bvadd (_ bv18446683600570023936 64) (bvmul ?x65533 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x68419 (bvlshr (bvsub ?x70072 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66217 (and (bvult ?x68419 ncpu) (bvult (bvsub ?x70072 (bvadd (_ bv18446741874687344640 64) (bvmul ?x68419 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70841 (bvlshr (bvsub ?x70072 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67612 (and (bvult ?x70841 ncpu) (bvult (bvsub ?x70072 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70841 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x70042 (or (bvult (bvsub ?x70072 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x70072 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x70072 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x67612 $x66217 $x46757 $x63552)))
 (let (($x64036 (bvult (bvsub ?x11153 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12453 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3198 (and (bvult ?x12453 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12453 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x68204 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x58849 (and (bvult ?x68204 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446741874687344640 64) (bvmul ?x68204 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x71601 (bvlshr (bvsub ?x11153 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x38757 (and (bvult ?x71601 ncpu) (bvult (bvsub ?x11153 (bvadd (_ bv18446612686364999680 64) (bvmul ?x71601 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x70339 (or (bvult (bvsub ?x11153 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11153 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11153 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x38757 $x58849 $x3198 $x64036)))
 (or (not $x70339) (not $x70042))))))))))))))))))))))
(check-sat)
