; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x6430 (bvadd ?x1435 (_ bv18446744073709551536 64))))
 (let ((?x3203 (bvadd ?x6430 (_ bv7 64))))
 (let (($x9182 (bvult (bvsub ?x3203 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x557 (bvlshr (bvsub ?x3203 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7407 (and (bvult ?x557 ncpu) (bvult (bvsub ?x3203 (bvadd (_ bv18446683600570023936 64) (bvmul ?x557 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3510 (bvlshr (bvsub ?x3203 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6688 (and (bvult ?x3510 ncpu) (bvult (bvsub ?x3203 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3510 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5202 (bvlshr (bvsub ?x3203 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4747 (and (bvult ?x5202 ncpu) (bvult (bvsub ?x3203 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5202 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9278 (or (bvult (bvsub ?x3203 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3203 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3203 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4747 $x6688 $x7407 $x9182)))
 (let (($x5541 (bvult (bvsub ?x6430 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6610 (bvlshr (bvsub ?x6430 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4573 (and (bvult ?x6610 ncpu) (bvult (bvsub ?x6430 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6610 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5833 (bvlshr (bvsub ?x6430 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1978 (and (bvult ?x5833 ncpu) (bvult (bvsub ?x6430 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5833 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6971 (bvlshr (bvsub ?x6430 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4737 (and (bvult ?x6971 ncpu) (bvult (bvsub ?x6430 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6971 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4369 (or (bvult (bvsub ?x6430 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6430 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6430 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4737 $x1978 $x4573 $x5541)))
 (or (not $x4369) (not $x9278))))))))))))))))))))))
(check-sat)
