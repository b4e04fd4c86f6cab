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
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x40505 (bvadd ?x15133 (_ bv18446744073709551568 64))))
 (let ((?x45449 (bvadd ?x40505 (_ bv7 64))))
 (let (($x44350 (bvult (bvsub ?x45449 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x54354 (bvlshr (bvsub ?x45449 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53116 (bvult (bvsub ?x45449 (bvadd (_ bv18446683600570023936 64) (bvmul ?x54354 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x54757 (bvult ?x54354 ncpu)))
 (let ((?x54022 (bvlshr (bvsub ?x45449 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x36286 (bvult (bvsub ?x45449 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54022 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x21706 (bvult ?x54022 ncpu)))
 (let ((?x3534 (bvlshr (bvsub ?x45449 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x49558 (bvult (bvsub ?x45449 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3534 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x46690 (bvult ?x3534 ncpu)))
 (let (($x63853 (or (bvult (bvsub ?x45449 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45449 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45449 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x46690 $x49558) (and $x21706 $x36286) (and $x54757 $x53116) $x44350)))
 (let (($x36769 (bvult (bvsub ?x40505 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46629 (bvlshr (bvsub ?x40505 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x45565 (bvult (bvsub ?x40505 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46629 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x47222 (bvult ?x46629 ncpu)))
 (let (($x50813 (and $x47222 $x45565)))
 (let ((?x47096 (bvlshr (bvsub ?x40505 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37045 (bvult (bvsub ?x40505 (bvadd (_ bv18446741874687344640 64) (bvmul ?x47096 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x46463 (bvult ?x47096 ncpu)))
 (let ((?x45039 (bvlshr (bvsub ?x40505 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x35813 (bvult (bvsub ?x40505 (bvadd (_ bv18446612686364999680 64) (bvmul ?x45039 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x48895 (bvult ?x45039 ncpu)))
 (let (($x67082 (or (bvult (bvsub ?x40505 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40505 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40505 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x48895 $x35813) (and $x46463 $x37045) $x50813 $x36769)))
 (or (not $x67082) (not $x63853)))))))))))))))))))))))))))))
(check-sat)
