; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x2876 (bvadd ?x7602 (_ bv18446744073709551592 64))))
 (let ((?x3277 (bvadd ?x2876 (_ bv7 64))))
 (let ((?x3024 (bvlshr (bvsub ?x3277 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3204 (and (bvult ?x3024 ncpu) (bvult (bvsub ?x3277 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3024 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x154 (bvlshr (bvsub ?x3277 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3061 (and (bvult ?x154 ncpu) (bvult (bvsub ?x3277 (bvadd (_ bv18446741874687344640 64) (bvmul ?x154 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5035 (bvlshr (bvsub ?x3277 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2938 (and (bvult ?x5035 ncpu) (bvult (bvsub ?x3277 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5035 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5572 (bvlshr (bvsub ?x2876 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4973 (and (bvult ?x5572 ncpu) (bvult (bvsub ?x2876 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5572 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5422 (bvlshr (bvsub ?x2876 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5512 (and (bvult ?x5422 ncpu) (bvult (bvsub ?x2876 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5422 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7407 (bvlshr (bvsub ?x2876 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5308 (and (bvult ?x7407 ncpu) (bvult (bvsub ?x2876 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7407 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5308 $x5512 $x4973 (bvult (bvsub ?x2876 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2938 $x3061 $x3204 (bvult (bvsub ?x3277 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
