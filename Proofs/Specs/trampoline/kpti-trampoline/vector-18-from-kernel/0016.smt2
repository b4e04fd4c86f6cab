; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:173:3
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
 (let ((?x3481 (bvadd ?x2989 (_ bv18446744073709551568 64))))
 (let ((?x7229 (bvadd ?x3481 (_ bv7 64))))
 (let ((?x1668 (bvlshr (bvsub ?x7229 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6229 (and (bvult ?x1668 ncpu) (bvult (bvsub ?x7229 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1668 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1233 (bvlshr (bvsub ?x7229 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3494 (and (bvult ?x1233 ncpu) (bvult (bvsub ?x7229 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1233 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1314 (bvlshr (bvsub ?x7229 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7451 (and (bvult ?x1314 ncpu) (bvult (bvsub ?x7229 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1314 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1852 (bvlshr (bvsub ?x3481 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7619 (and (bvult ?x1852 ncpu) (bvult (bvsub ?x3481 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1852 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7727 (bvlshr (bvsub ?x3481 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3248 (and (bvult ?x7727 ncpu) (bvult (bvsub ?x3481 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7727 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3973 (bvlshr (bvsub ?x3481 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7752 (and (bvult ?x3973 ncpu) (bvult (bvsub ?x3481 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3973 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7752 $x3248 $x7619 (bvult (bvsub ?x3481 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7451 $x3494 $x6229 (bvult (bvsub ?x7229 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
