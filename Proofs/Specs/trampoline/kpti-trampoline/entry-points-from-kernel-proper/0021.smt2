; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7770 (bvadd ?x3058 (_ bv18446744073709551552 64))))
 (let ((?x7625 (bvadd ?x7770 (_ bv7 64))))
 (let ((?x7729 (bvlshr (bvsub ?x7625 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7647 (and (bvult ?x7729 ncpu) (bvult (bvsub ?x7625 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7729 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6266 (bvlshr (bvsub ?x7625 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5710 (and (bvult ?x6266 ncpu) (bvult (bvsub ?x7625 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6266 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3478 (bvlshr (bvsub ?x7625 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5152 (and (bvult ?x3478 ncpu) (bvult (bvsub ?x7625 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3478 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3893 (bvlshr (bvsub ?x7770 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5528 (and (bvult ?x3893 ncpu) (bvult (bvsub ?x7770 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3893 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6775 (bvlshr (bvsub ?x7770 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3782 (and (bvult ?x6775 ncpu) (bvult (bvsub ?x7770 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6775 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3897 (bvlshr (bvsub ?x7770 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7773 (and (bvult ?x3897 ncpu) (bvult (bvsub ?x7770 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3897 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7773 $x3782 $x5528 (bvult (bvsub ?x7770 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5152 $x5710 $x7647 (bvult (bvsub ?x7625 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
