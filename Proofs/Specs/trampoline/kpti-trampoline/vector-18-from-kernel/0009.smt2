; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x3773 (bvadd ?x2989 (_ bv18446744073709551592 64))))
 (let ((?x5602 (bvadd ?x3773 (_ bv7 64))))
 (let ((?x3004 (bvlshr (bvsub ?x5602 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6139 (and (bvult ?x3004 ncpu) (bvult (bvsub ?x5602 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3004 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3615 (bvlshr (bvsub ?x5602 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5964 (and (bvult ?x3615 ncpu) (bvult (bvsub ?x5602 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3615 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1486 (bvlshr (bvsub ?x5602 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6285 (and (bvult ?x1486 ncpu) (bvult (bvsub ?x5602 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1486 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5348 (bvlshr (bvsub ?x3773 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1606 (and (bvult ?x5348 ncpu) (bvult (bvsub ?x3773 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5348 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5627 (bvlshr (bvsub ?x3773 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5519 (and (bvult ?x5627 ncpu) (bvult (bvsub ?x3773 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5627 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5853 (bvlshr (bvsub ?x3773 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5594 (and (bvult ?x5853 ncpu) (bvult (bvsub ?x3773 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5853 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5594 $x5519 $x1606 (bvult (bvsub ?x3773 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6285 $x5964 $x6139 (bvult (bvsub ?x5602 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
