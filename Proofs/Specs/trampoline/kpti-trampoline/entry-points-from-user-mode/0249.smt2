; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:148:3
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
 (let ((?x31503 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x47756 (bvadd ?x31503 (_ bv18446744073709551592 64))))
 (let ((?x44406 (bvadd ?x47756 (_ bv7 64))))
 (let (($x49977 (bvult (bvsub ?x44406 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x50398 (bvlshr (bvsub ?x44406 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x42389 (bvult (bvsub ?x44406 (bvadd (_ bv18446683600570023936 64) (bvmul ?x50398 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x46244 (bvult ?x50398 ncpu)))
 (let ((?x46871 (bvlshr (bvsub ?x44406 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48132 (bvult (bvsub ?x44406 (bvadd (_ bv18446741874687344640 64) (bvmul ?x46871 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x37939 (bvult ?x46871 ncpu)))
 (let ((?x36360 (bvlshr (bvsub ?x44406 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x24586 (bvult (bvsub ?x44406 (bvadd (_ bv18446612686364999680 64) (bvmul ?x36360 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11074 (bvult ?x36360 ncpu)))
 (let (($x63866 (or (bvult (bvsub ?x44406 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x44406 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x44406 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11074 $x24586) (and $x37939 $x48132) (and $x46244 $x42389) $x49977)))
 (let (($x40795 (bvult (bvsub ?x47756 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x50718 (bvlshr (bvsub ?x47756 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x48005 (bvult (bvsub ?x47756 (bvadd (_ bv18446683600570023936 64) (bvmul ?x50718 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x14374 (bvult ?x50718 ncpu)))
 (let (($x8702 (and $x14374 $x48005)))
 (let ((?x54098 (bvlshr (bvsub ?x47756 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x38764 (bvult (bvsub ?x47756 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54098 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x47180 (bvult ?x54098 ncpu)))
 (let ((?x43803 (bvlshr (bvsub ?x47756 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52284 (bvult (bvsub ?x47756 (bvadd (_ bv18446612686364999680 64) (bvmul ?x43803 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x44447 (bvult ?x43803 ncpu)))
 (let (($x70411 (or (bvult (bvsub ?x47756 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x47756 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x47756 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x44447 $x52284) (and $x47180 $x38764) $x8702 $x40795)))
 (or (not $x70411) (not $x63866)))))))))))))))))))))))))))))
(check-sat)
