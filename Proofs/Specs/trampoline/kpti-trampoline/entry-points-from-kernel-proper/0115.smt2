; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x10648 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x7400 (bvadd ?x10648 (_ bv18446744073709551600 64))))
 (let ((?x14188 (bvadd ?x7400 (_ bv7 64))))
 (let ((?x12887 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8813 (and (bvult ?x12887 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12887 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10208 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5543 (and (bvult ?x10208 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10208 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9759 (bvlshr (bvsub ?x14188 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7534 (and (bvult ?x9759 ncpu) (bvult (bvsub ?x14188 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9759 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13071 (bvlshr (bvsub ?x7400 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10628 (and (bvult ?x13071 ncpu) (bvult (bvsub ?x7400 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13071 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12381 (bvlshr (bvsub ?x7400 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9988 (and (bvult ?x12381 ncpu) (bvult (bvsub ?x7400 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12381 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3969 (bvlshr (bvsub ?x7400 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12977 (and (bvult ?x3969 ncpu) (bvult (bvsub ?x7400 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3969 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12977 $x9988 $x10628 (bvult (bvsub ?x7400 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7534 $x5543 $x8813 (bvult (bvsub ?x14188 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
