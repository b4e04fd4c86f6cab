; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x41256 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x36846 (bvadd ?x41256 (_ bv18446744073709551488 64))))
 (let ((?x60539 (bvadd ?x36846 (_ bv7 64))))
 (let (($x59913 (bvult (bvsub ?x60539 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x59607 (bvlshr (bvsub ?x60539 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x61375 (bvult (bvsub ?x60539 (bvadd (_ bv18446683600570023936 64) (bvmul ?x59607 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x38212 (bvult ?x59607 ncpu)))
 (let ((?x59398 (bvlshr (bvsub ?x60539 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x42272 (bvult (bvsub ?x60539 (bvadd (_ bv18446741874687344640 64) (bvmul ?x59398 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x54489 (bvult ?x59398 ncpu)))
 (let ((?x49623 (bvlshr (bvsub ?x60539 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x27829 (bvult (bvsub ?x60539 (bvadd (_ bv18446612686364999680 64) (bvmul ?x49623 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x59871 (bvult ?x49623 ncpu)))
 (let (($x60912 (or (bvult (bvsub ?x60539 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x60539 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x60539 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x59871 $x27829) (and $x54489 $x42272) (and $x38212 $x61375) $x59913)))
 (let (($x60850 (bvult (bvsub ?x36846 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x62119 (bvlshr (bvsub ?x36846 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x51676 (bvult (bvsub ?x36846 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62119 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x61604 (bvult ?x62119 ncpu)))
 (let (($x51823 (and $x61604 $x51676)))
 (let ((?x61163 (bvlshr (bvsub ?x36846 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51686 (bvult (bvsub ?x36846 (bvadd (_ bv18446741874687344640 64) (bvmul ?x61163 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x51716 (bvult ?x61163 ncpu)))
 (let ((?x49802 (bvlshr (bvsub ?x36846 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x56514 (bvult (bvsub ?x36846 (bvadd (_ bv18446612686364999680 64) (bvmul ?x49802 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x58940 (bvult ?x49802 ncpu)))
 (let (($x40699 (or (bvult (bvsub ?x36846 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x36846 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x36846 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x58940 $x56514) (and $x51716 $x51686) $x51823 $x60850)))
 (or (not $x40699) (not $x60912)))))))))))))))))))))))))))))
(check-sat)
