; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:149:3
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
 (let ((?x31503 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x52006 (bvadd ?x31503 (_ bv18446744073709551584 64))))
 (let ((?x44939 (bvadd ?x52006 (_ bv7 64))))
 (let (($x42080 (bvult (bvsub ?x44939 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x51707 (bvlshr (bvsub ?x44939 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x52611 (bvult (bvsub ?x44939 (bvadd (_ bv18446683600570023936 64) (bvmul ?x51707 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x49209 (bvult ?x51707 ncpu)))
 (let ((?x52768 (bvlshr (bvsub ?x44939 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x54211 (bvult (bvsub ?x44939 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52768 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x48133 (bvult ?x52768 ncpu)))
 (let ((?x50533 (bvlshr (bvsub ?x44939 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x41285 (bvult (bvsub ?x44939 (bvadd (_ bv18446612686364999680 64) (bvmul ?x50533 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x33060 (bvult ?x50533 ncpu)))
 (let (($x68923 (bvult (bvsub ?x44939 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x61039 (bvult (bvsub ?x44939 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x35144 (bvult (bvsub ?x44939 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x74295 (or $x35144 $x61039 $x68923 (and $x33060 $x41285) (and $x48133 $x54211) (and $x49209 $x52611) $x42080)))
 (let (($x49676 (bvult (bvsub ?x52006 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x52922 (bvlshr (bvsub ?x52006 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x46093 (bvult (bvsub ?x52006 (bvadd (_ bv18446683600570023936 64) (bvmul ?x52922 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x54057 (bvult ?x52922 ncpu)))
 (let (($x50568 (and $x54057 $x46093)))
 (let ((?x53700 (bvlshr (bvsub ?x52006 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53014 (bvult (bvsub ?x52006 (bvadd (_ bv18446741874687344640 64) (bvmul ?x53700 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x48436 (bvult ?x53700 ncpu)))
 (let ((?x31590 (bvlshr (bvsub ?x52006 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52334 (bvult (bvsub ?x52006 (bvadd (_ bv18446612686364999680 64) (bvmul ?x31590 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x30432 (bvult ?x31590 ncpu)))
 (let (($x69499 (bvult (bvsub ?x52006 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x59611 (bvult (bvsub ?x52006 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x35481 (bvult (bvsub ?x52006 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (or (not (or $x35481 $x59611 $x69499 (and $x30432 $x52334) (and $x48436 $x53014) $x50568 $x49676)) (not $x74295))))))))))))))))))))))))))))))))))
(check-sat)
