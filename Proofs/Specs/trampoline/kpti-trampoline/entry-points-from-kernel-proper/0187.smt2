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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x4230 (bvadd ?x14394 (_ bv18446744073709551600 64))))
 (let ((?x17703 (bvadd ?x4230 (_ bv7 64))))
 (let (($x16795 (bvult (bvsub ?x17703 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16585 (bvlshr (bvsub ?x17703 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17082 (and (bvult ?x16585 ncpu) (bvult (bvsub ?x17703 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16585 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16005 (bvlshr (bvsub ?x17703 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10624 (and (bvult ?x16005 ncpu) (bvult (bvsub ?x17703 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16005 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13812 (bvlshr (bvsub ?x17703 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10213 (and (bvult ?x13812 ncpu) (bvult (bvsub ?x17703 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13812 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14432 (or (bvult (bvsub ?x17703 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17703 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17703 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10213 $x10624 $x17082 $x16795)))
 (let (($x11499 (bvult (bvsub ?x4230 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15723 (bvlshr (bvsub ?x4230 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5634 (and (bvult ?x15723 ncpu) (bvult (bvsub ?x4230 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15723 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16111 (bvlshr (bvsub ?x4230 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11295 (and (bvult ?x16111 ncpu) (bvult (bvsub ?x4230 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16111 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9874 (bvlshr (bvsub ?x4230 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4343 (and (bvult ?x9874 ncpu) (bvult (bvsub ?x4230 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9874 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19728 (or (bvult (bvsub ?x4230 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4230 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4230 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4343 $x11295 $x5634 $x11499)))
 (or (not $x19728) (not $x14432))))))))))))))))))))))
(check-sat)
