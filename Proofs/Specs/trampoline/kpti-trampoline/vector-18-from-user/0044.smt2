; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x18842 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x11735 (bvadd ?x18842 (_ bv18446744073709551488 64))))
 (let ((?x9247 (bvadd ?x11735 (_ bv7 64))))
 (let (($x14390 (bvult (bvsub ?x9247 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8146 (bvlshr (bvsub ?x9247 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8921 (bvult (bvsub ?x9247 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8146 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x5671 (bvult ?x8146 ncpu)))
 (let ((?x10168 (bvlshr (bvsub ?x9247 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5099 (bvult (bvsub ?x9247 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10168 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x9077 (bvult ?x10168 ncpu)))
 (let ((?x15630 (bvlshr (bvsub ?x9247 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9375 (bvult (bvsub ?x9247 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15630 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x5646 (bvult ?x15630 ncpu)))
 (let (($x20045 (or (bvult (bvsub ?x9247 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9247 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9247 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x5646 $x9375) (and $x9077 $x5099) (and $x5671 $x8921) $x14390)))
 (let (($x16588 (bvult (bvsub ?x11735 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16603 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6316 (bvult (bvsub ?x11735 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16603 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x9138 (bvult ?x16603 ncpu)))
 (let (($x9368 (and $x9138 $x6316)))
 (let ((?x6657 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16807 (bvult (bvsub ?x11735 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6657 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x4316 (bvult ?x6657 ncpu)))
 (let ((?x15748 (bvlshr (bvsub ?x11735 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16489 (bvult (bvsub ?x11735 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15748 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x13812 (bvult ?x15748 ncpu)))
 (let (($x7663 (or (bvult (bvsub ?x11735 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11735 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11735 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x13812 $x16489) (and $x4316 $x16807) $x9368 $x16588)))
 (or (not $x7663) (not $x20045)))))))))))))))))))))))))))))
(check-sat)
