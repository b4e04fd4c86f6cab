; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from user
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
 (let ((?x15939 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11068 (bvadd ?x15939 (_ bv18446744073709551488 64))))
 (let ((?x17465 (bvadd ?x11068 (_ bv7 64))))
 (let (($x18916 (bvult (bvsub ?x17465 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13742 (bvlshr (bvsub ?x17465 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8242 (bvult (bvsub ?x17465 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13742 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x15674 (bvult ?x13742 ncpu)))
 (let ((?x14763 (bvlshr (bvsub ?x17465 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6217 (bvult (bvsub ?x17465 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14763 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x6527 (bvult ?x14763 ncpu)))
 (let ((?x14411 (bvlshr (bvsub ?x17465 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7406 (bvult (bvsub ?x17465 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14411 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x14263 (bvult ?x14411 ncpu)))
 (let (($x16501 (or (bvult (bvsub ?x17465 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17465 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17465 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x14263 $x7406) (and $x6527 $x6217) (and $x15674 $x8242) $x18916)))
 (let (($x5908 (bvult (bvsub ?x11068 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7017 (bvlshr (bvsub ?x11068 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11800 (bvult (bvsub ?x11068 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7017 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x5297 (bvult ?x7017 ncpu)))
 (let (($x4609 (and $x5297 $x11800)))
 (let ((?x10458 (bvlshr (bvsub ?x11068 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8299 (bvult (bvsub ?x11068 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10458 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x15766 (bvult ?x10458 ncpu)))
 (let ((?x20354 (bvlshr (bvsub ?x11068 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17836 (bvult (bvsub ?x11068 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20354 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11503 (bvult ?x20354 ncpu)))
 (let (($x7949 (or (bvult (bvsub ?x11068 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11068 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11068 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11503 $x17836) (and $x15766 $x8299) $x4609 $x5908)))
 (or (not $x7949) (not $x16501)))))))))))))))))))))))))))))
(check-sat)
