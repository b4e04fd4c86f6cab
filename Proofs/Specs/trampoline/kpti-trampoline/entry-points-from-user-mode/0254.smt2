; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:150:3
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
 (let ((?x30466 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x49941 (bvadd ?x30466 (_ bv18446744073709551576 64))))
 (let ((?x57079 (bvadd ?x49941 (_ bv7 64))))
 (let (($x54823 (bvult (bvsub ?x57079 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x53544 (bvlshr (bvsub ?x57079 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x47716 (bvult (bvsub ?x57079 (bvadd (_ bv18446683600570023936 64) (bvmul ?x53544 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x53708 (bvult ?x53544 ncpu)))
 (let ((?x55666 (bvlshr (bvsub ?x57079 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55770 (bvult (bvsub ?x57079 (bvadd (_ bv18446741874687344640 64) (bvmul ?x55666 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x55773 (bvult ?x55666 ncpu)))
 (let ((?x52130 (bvlshr (bvsub ?x57079 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x22030 (bvult (bvsub ?x57079 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52130 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x55686 (bvult ?x52130 ncpu)))
 (let (($x66993 (or (bvult (bvsub ?x57079 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x57079 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x57079 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x55686 $x22030) (and $x55773 $x55770) (and $x53708 $x47716) $x54823)))
 (let (($x55286 (bvult (bvsub ?x49941 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x48390 (bvlshr (bvsub ?x49941 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55712 (bvult (bvsub ?x49941 (bvadd (_ bv18446683600570023936 64) (bvmul ?x48390 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x54481 (bvult ?x48390 ncpu)))
 (let (($x27805 (and $x54481 $x55712)))
 (let ((?x54492 (bvlshr (bvsub ?x49941 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53878 (bvult (bvsub ?x49941 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54492 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x56662 (bvult ?x54492 ncpu)))
 (let ((?x47552 (bvlshr (bvsub ?x49941 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45892 (bvult (bvsub ?x49941 (bvadd (_ bv18446612686364999680 64) (bvmul ?x47552 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x19907 (bvult ?x47552 ncpu)))
 (let (($x69086 (or (bvult (bvsub ?x49941 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x49941 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x49941 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x19907 $x45892) (and $x56662 $x53878) $x27805 $x55286)))
 (or (not $x69086) (not $x66993)))))))))))))))))))))))))))))
(check-sat)
