; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:182:3
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
 (let ((?x5238 (bvadd ?x7602 (_ bv18446744073709551544 64))))
 (let ((?x4467 (bvadd ?x5238 (_ bv7 64))))
 (let ((?x8562 (bvlshr (bvsub ?x4467 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8946 (and (bvult ?x8562 ncpu) (bvult (bvsub ?x4467 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8562 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5187 (bvlshr (bvsub ?x4467 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8162 (and (bvult ?x5187 ncpu) (bvult (bvsub ?x4467 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5187 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5091 (bvlshr (bvsub ?x4467 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3191 (and (bvult ?x5091 ncpu) (bvult (bvsub ?x4467 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5091 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4216 (bvlshr (bvsub ?x5238 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8041 (and (bvult ?x4216 ncpu) (bvult (bvsub ?x5238 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4216 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5459 (bvlshr (bvsub ?x5238 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8084 (and (bvult ?x5459 ncpu) (bvult (bvsub ?x5238 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5459 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7738 (bvlshr (bvsub ?x5238 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8011 (and (bvult ?x7738 ncpu) (bvult (bvsub ?x5238 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7738 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8011 $x8084 $x8041 (bvult (bvsub ?x5238 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3191 $x8162 $x8946 (bvult (bvsub ?x4467 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
