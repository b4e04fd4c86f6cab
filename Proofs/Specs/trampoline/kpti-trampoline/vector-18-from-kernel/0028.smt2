; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:185:3
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
 (let ((?x6790 (bvadd ?x2989 (_ bv18446744073709551520 64))))
 (let ((?x7812 (bvadd ?x6790 (_ bv7 64))))
 (let ((?x6629 (bvlshr (bvsub ?x7812 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7011 (and (bvult ?x6629 ncpu) (bvult (bvsub ?x7812 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6629 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7827 (bvlshr (bvsub ?x7812 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7981 (and (bvult ?x7827 ncpu) (bvult (bvsub ?x7812 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7827 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1576 (bvlshr (bvsub ?x7812 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9210 (and (bvult ?x1576 ncpu) (bvult (bvsub ?x7812 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1576 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4293 (bvlshr (bvsub ?x6790 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7170 (and (bvult ?x4293 ncpu) (bvult (bvsub ?x6790 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4293 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3194 (bvlshr (bvsub ?x6790 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3214 (and (bvult ?x3194 ncpu) (bvult (bvsub ?x6790 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3194 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1725 (bvlshr (bvsub ?x6790 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x451 (and (bvult ?x1725 ncpu) (bvult (bvsub ?x6790 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1725 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x451 $x3214 $x7170 (bvult (bvsub ?x6790 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9210 $x7981 $x7011 (bvult (bvsub ?x7812 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
