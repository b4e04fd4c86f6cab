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
 (let ((?x15133 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x45268 (bvadd ?x15133 (_ bv18446744073709551600 64))))
 (let ((?x40055 (bvadd ?x45268 (_ bv7 64))))
 (let (($x44875 (bvult (bvsub ?x40055 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x36155 (bvlshr (bvsub ?x40055 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20910 (bvult (bvsub ?x40055 (bvadd (_ bv18446683600570023936 64) (bvmul ?x36155 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x36058 (bvult ?x36155 ncpu)))
 (let ((?x42470 (bvlshr (bvsub ?x40055 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37629 (bvult (bvsub ?x40055 (bvadd (_ bv18446741874687344640 64) (bvmul ?x42470 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x41255 (bvult ?x42470 ncpu)))
 (let ((?x43457 (bvlshr (bvsub ?x40055 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37013 (bvult (bvsub ?x40055 (bvadd (_ bv18446612686364999680 64) (bvmul ?x43457 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x42386 (bvult ?x43457 ncpu)))
 (let (($x70905 (or (bvult (bvsub ?x40055 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40055 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40055 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x42386 $x37013) (and $x41255 $x37629) (and $x36058 $x20910) $x44875)))
 (let (($x38497 (bvult (bvsub ?x45268 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x36745 (bvlshr (bvsub ?x45268 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x35010 (bvult (bvsub ?x45268 (bvadd (_ bv18446683600570023936 64) (bvmul ?x36745 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x29192 (bvult ?x36745 ncpu)))
 (let (($x41371 (and $x29192 $x35010)))
 (let ((?x17832 (bvlshr (bvsub ?x45268 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x28787 (bvult (bvsub ?x45268 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17832 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x34014 (bvult ?x17832 ncpu)))
 (let ((?x42504 (bvlshr (bvsub ?x45268 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x50291 (bvult (bvsub ?x45268 (bvadd (_ bv18446612686364999680 64) (bvmul ?x42504 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x44004 (bvult ?x42504 ncpu)))
 (let (($x70669 (or (bvult (bvsub ?x45268 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x45268 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x45268 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x44004 $x50291) (and $x34014 $x28787) $x41371 $x38497)))
 (or (not $x70669) (not $x70905)))))))))))))))))))))))))))))
(check-sat)
