; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:183:3
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
 (let ((?x7802 (bvadd ?x2989 (_ bv18446744073709551536 64))))
 (let ((?x5940 (bvadd ?x7802 (_ bv7 64))))
 (let ((?x3033 (bvlshr (bvsub ?x5940 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7295 (and (bvult ?x3033 ncpu) (bvult (bvsub ?x5940 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3033 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3800 (bvlshr (bvsub ?x5940 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8498 (and (bvult ?x3800 ncpu) (bvult (bvsub ?x5940 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3800 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7504 (bvlshr (bvsub ?x5940 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3875 (and (bvult ?x7504 ncpu) (bvult (bvsub ?x5940 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7504 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8493 (bvlshr (bvsub ?x7802 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x444 (and (bvult ?x8493 ncpu) (bvult (bvsub ?x7802 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8493 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6043 (bvlshr (bvsub ?x7802 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1548 (and (bvult ?x6043 ncpu) (bvult (bvsub ?x7802 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6043 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x459 (bvlshr (bvsub ?x7802 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1339 (and (bvult ?x459 ncpu) (bvult (bvsub ?x7802 (bvadd (_ bv18446612686364999680 64) (bvmul ?x459 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1339 $x1548 $x444 (bvult (bvsub ?x7802 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3875 $x8498 $x7295 (bvult (bvsub ?x5940 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
