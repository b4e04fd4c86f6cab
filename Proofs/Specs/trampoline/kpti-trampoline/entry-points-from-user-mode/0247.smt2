; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:147:3
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
 (let ((?x49214 (bvadd ?x31503 (_ bv18446744073709551600 64))))
 (let ((?x40939 (bvadd ?x49214 (_ bv7 64))))
 (let (($x48882 (bvult (bvsub ?x40939 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x44950 (bvlshr (bvsub ?x40939 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x38963 (bvult (bvsub ?x40939 (bvadd (_ bv18446683600570023936 64) (bvmul ?x44950 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x38533 (bvult ?x44950 ncpu)))
 (let ((?x39378 (bvlshr (bvsub ?x40939 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37445 (bvult (bvsub ?x40939 (bvadd (_ bv18446741874687344640 64) (bvmul ?x39378 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x39479 (bvult ?x39378 ncpu)))
 (let ((?x52904 (bvlshr (bvsub ?x40939 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52540 (bvult (bvsub ?x40939 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52904 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x53300 (bvult ?x52904 ncpu)))
 (let (($x59669 (or (bvult (bvsub ?x40939 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40939 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40939 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x53300 $x52540) (and $x39479 $x37445) (and $x38533 $x38963) $x48882)))
 (let (($x47606 (bvult (bvsub ?x49214 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46604 (bvlshr (bvsub ?x49214 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x43199 (bvult (bvsub ?x49214 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46604 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x52801 (bvult ?x46604 ncpu)))
 (let (($x7923 (and $x52801 $x43199)))
 (let ((?x32056 (bvlshr (bvsub ?x49214 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48553 (bvult (bvsub ?x49214 (bvadd (_ bv18446741874687344640 64) (bvmul ?x32056 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x52251 (bvult ?x32056 ncpu)))
 (let ((?x49714 (bvlshr (bvsub ?x49214 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16548 (bvult (bvsub ?x49214 (bvadd (_ bv18446612686364999680 64) (bvmul ?x49714 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x32237 (bvult ?x49714 ncpu)))
 (let (($x74012 (or (bvult (bvsub ?x49214 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x49214 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x49214 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x32237 $x16548) (and $x52251 $x48553) $x7923 $x47606)))
 (or (not $x74012) (not $x59669)))))))))))))))))))))))))))))
(check-sat)
