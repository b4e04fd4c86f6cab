; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:184:3
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
 (let ((?x3629 (bvadd ?x1435 (_ bv18446744073709551528 64))))
 (let ((?x7234 (bvadd ?x3629 (_ bv7 64))))
 (let ((?x6914 (bvlshr (bvsub ?x7234 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4373 (and (bvult ?x6914 ncpu) (bvult (bvsub ?x7234 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6914 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8183 (bvlshr (bvsub ?x7234 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6266 (and (bvult ?x8183 ncpu) (bvult (bvsub ?x7234 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8183 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7624 (bvlshr (bvsub ?x7234 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6127 (and (bvult ?x7624 ncpu) (bvult (bvsub ?x7234 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7624 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4849 (bvlshr (bvsub ?x3629 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7439 (and (bvult ?x4849 ncpu) (bvult (bvsub ?x3629 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4849 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1982 (bvlshr (bvsub ?x3629 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3796 (and (bvult ?x1982 ncpu) (bvult (bvsub ?x3629 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1982 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3978 (bvlshr (bvsub ?x3629 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5709 (and (bvult ?x3978 ncpu) (bvult (bvsub ?x3629 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3978 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5709 $x3796 $x7439 (bvult (bvsub ?x3629 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6127 $x6266 $x4373 (bvult (bvsub ?x7234 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
