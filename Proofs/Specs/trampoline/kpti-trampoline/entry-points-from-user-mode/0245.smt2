; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:143:3
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
 (let ((?x48561 (bvadd ?x31503 (_ bv18446744073709551568 64))))
 (let ((?x51161 (bvadd ?x48561 (_ bv7 64))))
 (let (($x27336 (bvult (bvsub ?x51161 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x46247 (bvlshr (bvsub ?x51161 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x23831 (bvult (bvsub ?x51161 (bvadd (_ bv18446683600570023936 64) (bvmul ?x46247 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x44867 (bvult ?x46247 ncpu)))
 (let ((?x9836 (bvlshr (bvsub ?x51161 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48330 (bvult (bvsub ?x51161 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9836 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x48811 (bvult ?x9836 ncpu)))
 (let ((?x52804 (bvlshr (bvsub ?x51161 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52134 (bvult (bvsub ?x51161 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52804 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x36710 (bvult ?x52804 ncpu)))
 (let (($x55435 (or (bvult (bvsub ?x51161 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x51161 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x51161 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x36710 $x52134) (and $x48811 $x48330) (and $x44867 $x23831) $x27336)))
 (let (($x40263 (bvult (bvsub ?x48561 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x44706 (bvlshr (bvsub ?x48561 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x24722 (bvult (bvsub ?x48561 (bvadd (_ bv18446683600570023936 64) (bvmul ?x44706 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x51261 (bvult ?x44706 ncpu)))
 (let (($x35276 (and $x51261 $x24722)))
 (let ((?x37539 (bvlshr (bvsub ?x48561 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x22273 (bvult (bvsub ?x48561 (bvadd (_ bv18446741874687344640 64) (bvmul ?x37539 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13161 (bvult ?x37539 ncpu)))
 (let ((?x47006 (bvlshr (bvsub ?x48561 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40634 (bvult (bvsub ?x48561 (bvadd (_ bv18446612686364999680 64) (bvmul ?x47006 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x56121 (bvult ?x47006 ncpu)))
 (let (($x51561 (or (bvult (bvsub ?x48561 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x48561 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x48561 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x56121 $x40634) (and $x13161 $x22273) $x35276 $x40263)))
 (or (not $x51561) (not $x55435)))))))))))))))))))))))))))))
(check-sat)
