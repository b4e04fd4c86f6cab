; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: exit syscall_exit
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:235:3
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
 (let ((?x753 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x1893 (bvadd ?x753 (_ bv16368 64))))
 (let ((?x6252 (bvadd ?x1893 (_ bv7 64))))
 (let ((?x4643 (bvlshr (bvsub ?x6252 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4709 (and (bvult ?x4643 ncpu) (bvult (bvsub ?x6252 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4643 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6726 (bvlshr (bvsub ?x6252 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4621 (and (bvult ?x6726 ncpu) (bvult (bvsub ?x6252 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6726 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6638 (bvlshr (bvsub ?x6252 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6704 (and (bvult ?x6638 ncpu) (bvult (bvsub ?x6252 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6638 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4742 (or (bvult (bvsub ?x6252 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6252 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6252 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6704 $x4621 $x4709 (bvult (bvsub ?x6252 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x4164 (bvlshr (bvsub ?x1893 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7447 (and (bvult ?x4164 ncpu) (bvult (bvsub ?x1893 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4164 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4599 (bvlshr (bvsub ?x1893 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1379 (and (bvult ?x4599 ncpu) (bvult (bvsub ?x1893 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4599 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4179 (bvlshr (bvsub ?x1893 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4216 (and (bvult ?x4179 ncpu) (bvult (bvsub ?x1893 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4179 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7450 (or (bvult (bvsub ?x1893 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1893 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1893 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4216 $x1379 $x7447 (bvult (bvsub ?x1893 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7450) (not $x4742))))))))))))))))))))
(check-sat)
