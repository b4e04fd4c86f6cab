; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x582 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x4832 (bvadd ?x582 (_ bv18446744073709551576 64))))
 (let ((?x1642 (bvadd ?x4832 (_ bv7 64))))
 (let ((?x8101 (bvlshr (bvsub ?x1642 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4507 (and (bvult ?x8101 ncpu) (bvult (bvsub ?x1642 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8101 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1455 (bvlshr (bvsub ?x1642 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2881 (and (bvult ?x1455 ncpu) (bvult (bvsub ?x1642 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1455 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6148 (bvlshr (bvsub ?x1642 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x125 (and (bvult ?x6148 ncpu) (bvult (bvsub ?x1642 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6148 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5993 (bvlshr (bvsub ?x4832 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6000 (and (bvult ?x5993 ncpu) (bvult (bvsub ?x4832 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5993 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2769 (bvlshr (bvsub ?x4832 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4646 (and (bvult ?x2769 ncpu) (bvult (bvsub ?x4832 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2769 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5134 (bvlshr (bvsub ?x4832 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3541 (and (bvult ?x5134 ncpu) (bvult (bvsub ?x4832 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5134 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3541 $x4646 $x6000 (bvult (bvsub ?x4832 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x125 $x2881 $x4507 (bvult (bvsub ?x1642 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
