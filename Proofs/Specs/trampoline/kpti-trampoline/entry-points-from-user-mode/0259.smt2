; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x66729 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4104 64)) (_ bv0 64))))
 (let ((?x52012 (bvadd ?x66729 (_ bv7 64))))
 (let ((?x63682 (bvlshr (bvsub ?x52012 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x46568 (and (bvult ?x63682 ncpu) (bvult (bvsub ?x52012 (bvadd (_ bv18446683600570023936 64) (bvmul ?x63682 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58864 (bvlshr (bvsub ?x52012 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66828 (and (bvult ?x58864 ncpu) (bvult (bvsub ?x52012 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58864 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x44053 (bvlshr (bvsub ?x52012 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63358 (and (bvult ?x44053 ncpu) (bvult (bvsub ?x52012 (bvadd (_ bv18446612686364999680 64) (bvmul ?x44053 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x35380 (or (bvult (bvsub ?x52012 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x52012 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x52012 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x63358 $x66828 $x46568 (bvult (bvsub ?x52012 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x69421 (bvlshr (bvsub ?x66729 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70780 (and (bvult ?x69421 ncpu) (bvult (bvsub ?x66729 (bvadd (_ bv18446683600570023936 64) (bvmul ?x69421 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x65046 (bvlshr (bvsub ?x66729 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66866 (and (bvult ?x65046 ncpu) (bvult (bvsub ?x66729 (bvadd (_ bv18446741874687344640 64) (bvmul ?x65046 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x61386 (bvlshr (bvsub ?x66729 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63606 (and (bvult ?x61386 ncpu) (bvult (bvsub ?x66729 (bvadd (_ bv18446612686364999680 64) (bvmul ?x61386 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x69398 (or (bvult (bvsub ?x66729 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x66729 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x66729 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x63606 $x66866 $x70780 (bvult (bvsub ?x66729 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x69398) (not $x35380)))))))))))))))))))
(check-sat)
