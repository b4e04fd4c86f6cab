; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:208:3
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
 (let ((?x3595 (bvadd ?x1435 (_ bv18446744073709551504 64))))
 (let ((?x5132 (bvadd ?x3595 (_ bv7 64))))
 (let (($x9429 (bvult (bvsub ?x5132 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9659 (bvlshr (bvsub ?x5132 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4562 (and (bvult ?x9659 ncpu) (bvult (bvsub ?x5132 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9659 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3909 (bvlshr (bvsub ?x5132 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4848 (and (bvult ?x3909 ncpu) (bvult (bvsub ?x5132 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3909 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4546 (bvlshr (bvsub ?x5132 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9741 (and (bvult ?x4546 ncpu) (bvult (bvsub ?x5132 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4546 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7838 (or (bvult (bvsub ?x5132 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5132 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5132 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9741 $x4848 $x4562 $x9429)))
 (let (($x9068 (bvult (bvsub ?x3595 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9130 (bvlshr (bvsub ?x3595 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7354 (and (bvult ?x9130 ncpu) (bvult (bvsub ?x3595 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9130 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6957 (bvlshr (bvsub ?x3595 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x291 (and (bvult ?x6957 ncpu) (bvult (bvsub ?x3595 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6957 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3897 (bvlshr (bvsub ?x3595 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5090 (and (bvult ?x3897 ncpu) (bvult (bvsub ?x3595 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3897 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8673 (or (bvult (bvsub ?x3595 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3595 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3595 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5090 $x291 $x7354 $x9068)))
 (or (not $x8673) (not $x7838))))))))))))))))))))))
(check-sat)
