; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x13195 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x17630 (bvadd ?x13195 (_ bv18446744073709551488 64))))
 (let ((?x13932 (bvadd ?x17630 (_ bv7 64))))
 (let (($x10075 (bvult (bvsub ?x13932 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17823 (bvlshr (bvsub ?x13932 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3833 (bvult (bvsub ?x13932 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17823 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x8029 (bvult ?x17823 ncpu)))
 (let ((?x3826 (bvlshr (bvsub ?x13932 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8103 (bvult (bvsub ?x13932 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3826 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x17266 (bvult ?x3826 ncpu)))
 (let ((?x4826 (bvlshr (bvsub ?x13932 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7006 (bvult (bvsub ?x13932 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4826 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x16700 (bvult ?x4826 ncpu)))
 (let (($x5643 (or (bvult (bvsub ?x13932 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13932 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13932 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x16700 $x7006) (and $x17266 $x8103) (and $x8029 $x3833) $x10075)))
 (let (($x4938 (bvult (bvsub ?x17630 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8088 (bvlshr (bvsub ?x17630 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8786 (bvult (bvsub ?x17630 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8088 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x15743 (bvult ?x8088 ncpu)))
 (let (($x4633 (and $x15743 $x8786)))
 (let ((?x16479 (bvlshr (bvsub ?x17630 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9587 (bvult (bvsub ?x17630 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16479 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x11586 (bvult ?x16479 ncpu)))
 (let ((?x4448 (bvlshr (bvsub ?x17630 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8824 (bvult (bvsub ?x17630 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4448 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x17390 (bvult ?x4448 ncpu)))
 (let (($x18264 (or (bvult (bvsub ?x17630 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17630 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17630 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x17390 $x8824) (and $x11586 $x9587) $x4633 $x4938)))
 (or (not $x18264) (not $x5643)))))))))))))))))))))))))))))
(check-sat)
