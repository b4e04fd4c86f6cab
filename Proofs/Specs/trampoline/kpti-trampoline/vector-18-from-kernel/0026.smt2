; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x4580 (bvadd ?x2989 (_ bv18446744073709551528 64))))
 (let ((?x8864 (bvadd ?x4580 (_ bv7 64))))
 (let ((?x3135 (bvlshr (bvsub ?x8864 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4479 (and (bvult ?x3135 ncpu) (bvult (bvsub ?x8864 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3135 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6479 (bvlshr (bvsub ?x8864 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8298 (and (bvult ?x6479 ncpu) (bvult (bvsub ?x8864 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6479 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7159 (bvlshr (bvsub ?x8864 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8024 (and (bvult ?x7159 ncpu) (bvult (bvsub ?x8864 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7159 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6884 (bvlshr (bvsub ?x4580 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9074 (and (bvult ?x6884 ncpu) (bvult (bvsub ?x4580 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6884 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3558 (bvlshr (bvsub ?x4580 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4944 (and (bvult ?x3558 ncpu) (bvult (bvsub ?x4580 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3558 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8827 (bvlshr (bvsub ?x4580 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8977 (and (bvult ?x8827 ncpu) (bvult (bvsub ?x4580 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8827 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8977 $x4944 $x9074 (bvult (bvsub ?x4580 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8024 $x8298 $x4479 (bvult (bvsub ?x8864 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
