; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x7049 (bvadd ?x1435 (_ bv18446744073709551576 64))))
 (let ((?x7269 (bvadd ?x7049 (_ bv7 64))))
 (let ((?x6834 (bvlshr (bvsub ?x7269 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6010 (and (bvult ?x6834 ncpu) (bvult (bvsub ?x7269 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6834 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4058 (bvlshr (bvsub ?x7269 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4400 (and (bvult ?x4058 ncpu) (bvult (bvsub ?x7269 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4058 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7564 (bvlshr (bvsub ?x7269 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3095 (and (bvult ?x7564 ncpu) (bvult (bvsub ?x7269 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7564 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3692 (bvlshr (bvsub ?x7049 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5891 (and (bvult ?x3692 ncpu) (bvult (bvsub ?x7049 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3692 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7475 (bvlshr (bvsub ?x7049 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x252 (and (bvult ?x7475 ncpu) (bvult (bvsub ?x7049 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7475 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3076 (bvlshr (bvsub ?x7049 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5991 (and (bvult ?x3076 ncpu) (bvult (bvsub ?x7049 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3076 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5991 $x252 $x5891 (bvult (bvsub ?x7049 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3095 $x4400 $x6010 (bvult (bvsub ?x7269 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
