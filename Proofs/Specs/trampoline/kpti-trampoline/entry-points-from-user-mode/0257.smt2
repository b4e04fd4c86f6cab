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
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x44859 (bvadd ?x15133 (_ bv18446744073709551592 64))))
 (let ((?x40369 (bvadd ?x44859 (_ bv7 64))))
 (let (($x43904 (bvult (bvsub ?x40369 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x37685 (bvlshr (bvsub ?x40369 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x42039 (bvult (bvsub ?x40369 (bvadd (_ bv18446683600570023936 64) (bvmul ?x37685 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x43920 (bvult ?x37685 ncpu)))
 (let ((?x41836 (bvlshr (bvsub ?x40369 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18515 (bvult (bvsub ?x40369 (bvadd (_ bv18446741874687344640 64) (bvmul ?x41836 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x43701 (bvult ?x41836 ncpu)))
 (let ((?x41514 (bvlshr (bvsub ?x40369 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4119 (bvult (bvsub ?x40369 (bvadd (_ bv18446612686364999680 64) (bvmul ?x41514 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x31660 (bvult ?x41514 ncpu)))
 (let (($x57873 (or (bvult (bvsub ?x40369 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40369 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40369 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x31660 $x4119) (and $x43701 $x18515) (and $x43920 $x42039) $x43904)))
 (let (($x41789 (bvult (bvsub ?x44859 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x43885 (bvlshr (bvsub ?x44859 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x41686 (bvult (bvsub ?x44859 (bvadd (_ bv18446683600570023936 64) (bvmul ?x43885 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41842 (bvult ?x43885 ncpu)))
 (let (($x40006 (and $x41842 $x41686)))
 (let ((?x39398 (bvlshr (bvsub ?x44859 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x44436 (bvult (bvsub ?x44859 (bvadd (_ bv18446741874687344640 64) (bvmul ?x39398 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x37029 (bvult ?x39398 ncpu)))
 (let ((?x33920 (bvlshr (bvsub ?x44859 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45488 (bvult (bvsub ?x44859 (bvadd (_ bv18446612686364999680 64) (bvmul ?x33920 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x37760 (bvult ?x33920 ncpu)))
 (let (($x70753 (or (bvult (bvsub ?x44859 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x44859 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x44859 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x37760 $x45488) (and $x37029 $x44436) $x40006 $x41789)))
 (or (not $x70753) (not $x57873)))))))))))))))))))))))))))))
(check-sat)
