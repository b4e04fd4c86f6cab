; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:187:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5936 (bvadd ?x4233 (_ bv18446744073709551504 64))))
 (let ((?x7069 (bvadd ?x5936 (_ bv7 64))))
 (let ((?x2934 (bvlshr (bvsub ?x7069 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9104 (and (bvult ?x2934 ncpu) (bvult (bvsub ?x7069 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2934 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7523 (bvlshr (bvsub ?x7069 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8838 (and (bvult ?x7523 ncpu) (bvult (bvsub ?x7069 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7523 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9798 (bvlshr (bvsub ?x7069 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3346 (and (bvult ?x9798 ncpu) (bvult (bvsub ?x7069 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9798 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8900 (bvlshr (bvsub ?x5936 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9865 (and (bvult ?x8900 ncpu) (bvult (bvsub ?x5936 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8900 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9724 (bvlshr (bvsub ?x5936 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3777 (and (bvult ?x9724 ncpu) (bvult (bvsub ?x5936 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9724 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8588 (bvlshr (bvsub ?x5936 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3575 (and (bvult ?x8588 ncpu) (bvult (bvsub ?x5936 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8588 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3575 $x3777 $x9865 (bvult (bvsub ?x5936 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3346 $x8838 $x9104 (bvult (bvsub ?x7069 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
