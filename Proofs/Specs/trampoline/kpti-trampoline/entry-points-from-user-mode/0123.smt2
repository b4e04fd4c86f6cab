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
 (let ((?x31638 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x28409 (bvadd ?x31638 (_ bv18446744073709551488 64))))
 (let ((?x5295 (bvadd ?x28409 (_ bv7 64))))
 (let (($x32291 (bvult (bvsub ?x5295 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x28141 (bvlshr (bvsub ?x5295 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x32779 (bvult (bvsub ?x5295 (bvadd (_ bv18446683600570023936 64) (bvmul ?x28141 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x33473 (bvult ?x28141 ncpu)))
 (let ((?x25527 (bvlshr (bvsub ?x5295 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28456 (bvult (bvsub ?x5295 (bvadd (_ bv18446741874687344640 64) (bvmul ?x25527 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x26680 (bvult ?x25527 ncpu)))
 (let ((?x33977 (bvlshr (bvsub ?x5295 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x34562 (bvult (bvsub ?x5295 (bvadd (_ bv18446612686364999680 64) (bvmul ?x33977 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x34334 (bvult ?x33977 ncpu)))
 (let (($x6884 (or (bvult (bvsub ?x5295 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5295 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5295 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x34334 $x34562) (and $x26680 $x28456) (and $x33473 $x32779) $x32291)))
 (let (($x30466 (bvult (bvsub ?x28409 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x30495 (bvlshr (bvsub ?x28409 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x22078 (bvult (bvsub ?x28409 (bvadd (_ bv18446683600570023936 64) (bvmul ?x30495 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x28541 (bvult ?x30495 ncpu)))
 (let (($x2356 (and $x28541 $x22078)))
 (let ((?x18171 (bvlshr (bvsub ?x28409 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10681 (bvult (bvsub ?x28409 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18171 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x28623 (bvult ?x18171 ncpu)))
 (let ((?x32718 (bvlshr (bvsub ?x28409 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28834 (bvult (bvsub ?x28409 (bvadd (_ bv18446612686364999680 64) (bvmul ?x32718 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x5317 (bvult ?x32718 ncpu)))
 (let (($x24244 (or (bvult (bvsub ?x28409 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x28409 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x28409 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x5317 $x28834) (and $x28623 $x10681) $x2356 $x30466)))
 (or (not $x24244) (not $x6884)))))))))))))))))))))))))))))
(check-sat)
