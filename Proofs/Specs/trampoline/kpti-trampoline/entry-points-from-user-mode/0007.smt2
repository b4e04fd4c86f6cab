; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:125:3
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
 (let ((?x234 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4096 64)) (_ bv0 64))))
 (let ((?x697 (bvadd ?x234 (_ bv7 64))))
 (let ((?x3646 (bvlshr (bvsub ?x697 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3761 (and (bvult ?x3646 ncpu) (bvult (bvsub ?x697 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3646 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3758 (bvlshr (bvsub ?x697 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3666 (and (bvult ?x3758 ncpu) (bvult (bvsub ?x697 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3758 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3445 (bvlshr (bvsub ?x697 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3739 (and (bvult ?x3445 ncpu) (bvult (bvsub ?x697 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3445 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3509 (or (bvult (bvsub ?x697 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x697 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x697 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3739 $x3666 $x3761 (bvult (bvsub ?x697 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x804 (bvlshr (bvsub ?x234 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1722 (and (bvult ?x804 ncpu) (bvult (bvsub ?x234 (bvadd (_ bv18446683600570023936 64) (bvmul ?x804 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1680 (bvlshr (bvsub ?x234 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1734 (and (bvult ?x1680 ncpu) (bvult (bvsub ?x234 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1680 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x345 (bvlshr (bvsub ?x234 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x836 (and (bvult ?x345 ncpu) (bvult (bvsub ?x234 (bvadd (_ bv18446612686364999680 64) (bvmul ?x345 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1939 (or (bvult (bvsub ?x234 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x234 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x234 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x836 $x1734 $x1722 (bvult (bvsub ?x234 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1939) (not $x3509)))))))))))))))))))
(check-sat)
