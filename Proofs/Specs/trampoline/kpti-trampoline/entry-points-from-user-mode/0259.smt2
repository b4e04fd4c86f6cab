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
 (let ((?x74675 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4104 64)) (_ bv0 64))))
 (let ((?x58076 (bvadd ?x74675 (_ bv7 64))))
 (let ((?x34790 (bvlshr (bvsub ?x58076 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x36896 (and (bvult ?x34790 ncpu) (bvult (bvsub ?x58076 (bvadd (_ bv18446683600570023936 64) (bvmul ?x34790 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x71256 (bvlshr (bvsub ?x58076 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x73586 (and (bvult ?x71256 ncpu) (bvult (bvsub ?x58076 (bvadd (_ bv18446741874687344640 64) (bvmul ?x71256 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x73240 (bvlshr (bvsub ?x58076 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x74067 (and (bvult ?x73240 ncpu) (bvult (bvsub ?x58076 (bvadd (_ bv18446612686364999680 64) (bvmul ?x73240 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x54609 (or (bvult (bvsub ?x58076 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x58076 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x58076 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x74067 $x73586 $x36896 (bvult (bvsub ?x58076 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x61725 (bvlshr (bvsub ?x74675 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x73631 (and (bvult ?x61725 ncpu) (bvult (bvsub ?x74675 (bvadd (_ bv18446683600570023936 64) (bvmul ?x61725 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x65825 (bvlshr (bvsub ?x74675 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68040 (and (bvult ?x65825 ncpu) (bvult (bvsub ?x74675 (bvadd (_ bv18446741874687344640 64) (bvmul ?x65825 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x69830 (bvlshr (bvsub ?x74675 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68468 (and (bvult ?x69830 ncpu) (bvult (bvsub ?x74675 (bvadd (_ bv18446612686364999680 64) (bvmul ?x69830 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x63397 (or (bvult (bvsub ?x74675 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x74675 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x74675 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x68468 $x68040 $x73631 (bvult (bvsub ?x74675 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x63397) (not $x54609)))))))))))))))))))
(check-sat)
