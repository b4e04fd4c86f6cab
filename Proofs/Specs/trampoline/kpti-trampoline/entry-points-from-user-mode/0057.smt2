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
 (let ((?x15543 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x18094 (bvadd ?x15543 (_ bv18446744073709551488 64))))
 (let ((?x21050 (bvadd ?x18094 (_ bv7 64))))
 (let (($x5280 (bvult (bvsub ?x21050 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3498 (bvlshr (bvsub ?x21050 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7636 (bvult (bvsub ?x21050 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3498 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x3455 (bvult ?x3498 ncpu)))
 (let ((?x8044 (bvlshr (bvsub ?x21050 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4777 (bvult (bvsub ?x21050 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8044 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x14108 (bvult ?x8044 ncpu)))
 (let ((?x6757 (bvlshr (bvsub ?x21050 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9485 (bvult (bvsub ?x21050 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6757 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x7881 (bvult ?x6757 ncpu)))
 (let (($x20082 (or (bvult (bvsub ?x21050 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x21050 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x21050 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x7881 $x9485) (and $x14108 $x4777) (and $x3455 $x7636) $x5280)))
 (let (($x8068 (bvult (bvsub ?x18094 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6951 (bvlshr (bvsub ?x18094 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3246 (bvult (bvsub ?x18094 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6951 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x11353 (bvult ?x6951 ncpu)))
 (let (($x4575 (and $x11353 $x3246)))
 (let ((?x12825 (bvlshr (bvsub ?x18094 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x21280 (bvult (bvsub ?x18094 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12825 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x21136 (bvult ?x12825 ncpu)))
 (let ((?x8436 (bvlshr (bvsub ?x18094 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12648 (bvult (bvsub ?x18094 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8436 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x7206 (bvult ?x8436 ncpu)))
 (let (($x17518 (or (bvult (bvsub ?x18094 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18094 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18094 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x7206 $x12648) (and $x21136 $x21280) $x4575 $x8068)))
 (or (not $x17518) (not $x20082)))))))))))))))))))))))))))))
(check-sat)
