; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x10281 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x10835 (bvadd ?x10281 (_ bv18446744073709551568 64))))
 (let ((?x2317 (bvadd ?x10835 (_ bv7 64))))
 (let ((?x12662 (bvlshr (bvsub ?x2317 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12983 (and (bvult ?x12662 ncpu) (bvult (bvsub ?x2317 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12662 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11831 (bvlshr (bvsub ?x2317 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13114 (and (bvult ?x11831 ncpu) (bvult (bvsub ?x2317 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11831 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2529 (bvlshr (bvsub ?x2317 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1404 (and (bvult ?x2529 ncpu) (bvult (bvsub ?x2317 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2529 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12372 (bvlshr (bvsub ?x10835 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14224 (and (bvult ?x12372 ncpu) (bvult (bvsub ?x10835 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12372 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14635 (bvlshr (bvsub ?x10835 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8401 (and (bvult ?x14635 ncpu) (bvult (bvsub ?x10835 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14635 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7487 (bvlshr (bvsub ?x10835 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14667 (and (bvult ?x7487 ncpu) (bvult (bvsub ?x10835 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7487 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x14667 $x8401 $x14224 (bvult (bvsub ?x10835 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x1404 $x13114 $x12983 (bvult (bvsub ?x2317 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
