; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7952 (bvadd ?x7602 (_ bv18446744073709551528 64))))
 (let ((?x1597 (bvadd ?x7952 (_ bv7 64))))
 (let ((?x8383 (bvlshr (bvsub ?x1597 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3199 (and (bvult ?x8383 ncpu) (bvult (bvsub ?x1597 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5255 (bvlshr (bvsub ?x1597 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7991 (and (bvult ?x5255 ncpu) (bvult (bvsub ?x1597 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5255 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9175 (bvlshr (bvsub ?x1597 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9284 (and (bvult ?x9175 ncpu) (bvult (bvsub ?x1597 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9175 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3295 (bvlshr (bvsub ?x7952 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7020 (and (bvult ?x3295 ncpu) (bvult (bvsub ?x7952 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3295 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1762 (bvlshr (bvsub ?x7952 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7593 (and (bvult ?x1762 ncpu) (bvult (bvsub ?x7952 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1762 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5027 (bvlshr (bvsub ?x7952 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8702 (and (bvult ?x5027 ncpu) (bvult (bvsub ?x7952 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5027 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8702 $x7593 $x7020 (bvult (bvsub ?x7952 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9284 $x7991 $x3199 (bvult (bvsub ?x1597 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
