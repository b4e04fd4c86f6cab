; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:161:3
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
 (let ((?x12594 (bvadd ?x11005 (_ bv16360 64))))
 (let ((?x12999 (bvadd ?x12594 (_ bv7 64))))
 (let (($x11361 (bvult (bvsub ?x12999 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3634 (bvlshr (bvsub ?x12999 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12467 (and (bvult ?x3634 ncpu) (bvult (bvsub ?x12999 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3634 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11292 (bvlshr (bvsub ?x12999 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12402 (and (bvult ?x11292 ncpu) (bvult (bvsub ?x12999 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11292 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12399 (bvlshr (bvsub ?x12999 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10870 (and (bvult ?x12399 ncpu) (bvult (bvsub ?x12999 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12399 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x52040 (or (bvult (bvsub ?x12999 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12999 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12999 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10870 $x12402 $x12467 $x11361)))
 (let (($x12387 (bvult (bvsub ?x12594 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11422 (bvlshr (bvsub ?x12594 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2818 (and (bvult ?x11422 ncpu) (bvult (bvsub ?x12594 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11422 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10325 (bvlshr (bvsub ?x12594 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2806 (and (bvult ?x10325 ncpu) (bvult (bvsub ?x12594 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10325 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2091 (bvlshr (bvsub ?x12594 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x789 (and (bvult ?x2091 ncpu) (bvult (bvsub ?x12594 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2091 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x70539 (or (bvult (bvsub ?x12594 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12594 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12594 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x789 $x2806 $x2818 $x12387)))
 (or (not $x70539) (not $x52040))))))))))))))))))))))
(check-sat)
