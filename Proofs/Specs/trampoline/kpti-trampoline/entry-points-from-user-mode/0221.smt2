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
 (let ((?x28823 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x55080 (bvadd ?x28823 (_ bv18446744073709551488 64))))
 (let ((?x58597 (bvadd ?x55080 (_ bv7 64))))
 (let (($x36770 (bvult (bvsub ?x58597 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x48393 (bvlshr (bvsub ?x58597 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53980 (bvult (bvsub ?x58597 (bvadd (_ bv18446683600570023936 64) (bvmul ?x48393 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x54641 (bvult ?x48393 ncpu)))
 (let ((?x44073 (bvlshr (bvsub ?x58597 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x43459 (bvult (bvsub ?x58597 (bvadd (_ bv18446741874687344640 64) (bvmul ?x44073 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x51663 (bvult ?x44073 ncpu)))
 (let ((?x42908 (bvlshr (bvsub ?x58597 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13937 (bvult (bvsub ?x58597 (bvadd (_ bv18446612686364999680 64) (bvmul ?x42908 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x43969 (bvult ?x42908 ncpu)))
 (let (($x58998 (or (bvult (bvsub ?x58597 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x58597 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x58597 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x43969 $x13937) (and $x51663 $x43459) (and $x54641 $x53980) $x36770)))
 (let (($x57840 (bvult (bvsub ?x55080 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x56492 (bvlshr (bvsub ?x55080 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x44291 (bvult (bvsub ?x55080 (bvadd (_ bv18446683600570023936 64) (bvmul ?x56492 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x6979 (bvult ?x56492 ncpu)))
 (let (($x51792 (and $x6979 $x44291)))
 (let ((?x52950 (bvlshr (bvsub ?x55080 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51444 (bvult (bvsub ?x55080 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52950 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x44473 (bvult ?x52950 ncpu)))
 (let ((?x30962 (bvlshr (bvsub ?x55080 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x38675 (bvult (bvsub ?x55080 (bvadd (_ bv18446612686364999680 64) (bvmul ?x30962 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x59035 (bvult ?x30962 ncpu)))
 (let (($x58802 (or (bvult (bvsub ?x55080 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x55080 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x55080 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x59035 $x38675) (and $x44473 $x51444) $x51792 $x57840)))
 (or (not $x58802) (not $x58998)))))))))))))))))))))))))))))
(check-sat)
