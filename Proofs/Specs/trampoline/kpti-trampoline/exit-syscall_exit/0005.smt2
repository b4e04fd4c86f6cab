; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: exit syscall_exit
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:236:3
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
 (let ((?x1979 (bvadd ?x753 (_ bv16376 64))))
 (let ((?x1694 (bvadd ?x1979 (_ bv7 64))))
 (let ((?x4052 (bvlshr (bvsub ?x1694 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3517 (and (bvult ?x4052 ncpu) (bvult (bvsub ?x1694 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4052 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3952 (bvlshr (bvsub ?x1694 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4043 (and (bvult ?x3952 ncpu) (bvult (bvsub ?x1694 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3952 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7654 (bvlshr (bvsub ?x1694 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3636 (and (bvult ?x7654 ncpu) (bvult (bvsub ?x1694 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7654 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x256 (or (bvult (bvsub ?x1694 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1694 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1694 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3636 $x4043 $x3517 (bvult (bvsub ?x1694 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1866 (bvlshr (bvsub ?x1979 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x367 (and (bvult ?x1866 ncpu) (bvult (bvsub ?x1979 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1866 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3568 (bvlshr (bvsub ?x1979 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5826 (and (bvult ?x3568 ncpu) (bvult (bvsub ?x1979 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3568 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6486 (bvlshr (bvsub ?x1979 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3579 (and (bvult ?x6486 ncpu) (bvult (bvsub ?x1979 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6486 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2975 (or (bvult (bvsub ?x1979 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1979 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1979 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3579 $x5826 $x367 (bvult (bvsub ?x1979 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x2975) (not $x256))))))))))))))))))))
(check-sat)
