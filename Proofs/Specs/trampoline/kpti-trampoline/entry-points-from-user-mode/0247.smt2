; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:152:3
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
 (let ((?x35786 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x49853 (bvadd ?x35786 (_ bv18446744073709551600 64))))
 (let ((?x45360 (bvadd ?x49853 (_ bv7 64))))
 (let (($x38058 (bvult (bvsub ?x45360 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x44069 (bvlshr (bvsub ?x45360 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x39959 (bvult (bvsub ?x45360 (bvadd (_ bv18446683600570023936 64) (bvmul ?x44069 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x37481 (bvult ?x44069 ncpu)))
 (let ((?x38123 (bvlshr (bvsub ?x45360 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40399 (bvult (bvsub ?x45360 (bvadd (_ bv18446741874687344640 64) (bvmul ?x38123 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x26879 (bvult ?x38123 ncpu)))
 (let ((?x38718 (bvlshr (bvsub ?x45360 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37737 (bvult (bvsub ?x45360 (bvadd (_ bv18446612686364999680 64) (bvmul ?x38718 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x39765 (bvult ?x38718 ncpu)))
 (let (($x62160 (or (bvult (bvsub ?x45360 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45360 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45360 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x39765 $x37737) (and $x26879 $x40399) (and $x37481 $x39959) $x38058)))
 (let (($x40635 (bvult (bvsub ?x49853 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x21017 (bvlshr (bvsub ?x49853 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x32361 (bvult (bvsub ?x49853 (bvadd (_ bv18446683600570023936 64) (bvmul ?x21017 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x41983 (bvult ?x21017 ncpu)))
 (let (($x32627 (and $x41983 $x32361)))
 (let ((?x26460 (bvlshr (bvsub ?x49853 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x24500 (bvult (bvsub ?x49853 (bvadd (_ bv18446741874687344640 64) (bvmul ?x26460 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x46118 (bvult ?x26460 ncpu)))
 (let ((?x48980 (bvlshr (bvsub ?x49853 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x46318 (bvult (bvsub ?x49853 (bvadd (_ bv18446612686364999680 64) (bvmul ?x48980 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11401 (bvult ?x48980 ncpu)))
 (let (($x46334 (or (bvult (bvsub ?x49853 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x49853 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x49853 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11401 $x46318) (and $x46118 $x24500) $x32627 $x40635)))
 (or (not $x46334) (not $x62160)))))))))))))))))))))))))))))
(check-sat)
