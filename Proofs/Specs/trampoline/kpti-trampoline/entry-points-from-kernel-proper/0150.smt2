; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:178:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x13893 (bvadd ?x10437 (_ bv18446744073709551568 64))))
 (let ((?x17229 (bvadd ?x13893 (_ bv7 64))))
 (let ((?x3867 (bvlshr (bvsub ?x17229 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9976 (and (bvult ?x3867 ncpu) (bvult (bvsub ?x17229 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3867 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13204 (bvlshr (bvsub ?x17229 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15044 (and (bvult ?x13204 ncpu) (bvult (bvsub ?x17229 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13204 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9571 (bvlshr (bvsub ?x17229 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12786 (and (bvult ?x9571 ncpu) (bvult (bvsub ?x17229 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9571 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15882 (bvlshr (bvsub ?x13893 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3201 (and (bvult ?x15882 ncpu) (bvult (bvsub ?x13893 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15882 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3088 (bvlshr (bvsub ?x13893 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8370 (and (bvult ?x3088 ncpu) (bvult (bvsub ?x13893 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3088 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14329 (bvlshr (bvsub ?x13893 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17221 (and (bvult ?x14329 ncpu) (bvult (bvsub ?x13893 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14329 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17221 $x8370 $x3201 (bvult (bvsub ?x13893 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12786 $x15044 $x9976 (bvult (bvsub ?x17229 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
