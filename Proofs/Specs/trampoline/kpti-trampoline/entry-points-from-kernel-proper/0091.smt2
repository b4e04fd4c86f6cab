; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11858 (bvadd ?x944 (_ bv18446744073709551496 64))))
 (let ((?x10095 (bvadd ?x11858 (_ bv7 64))))
 (let ((?x1430 (bvlshr (bvsub ?x10095 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2071 (and (bvult ?x1430 ncpu) (bvult (bvsub ?x10095 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1430 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3365 (bvlshr (bvsub ?x10095 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10807 (and (bvult ?x3365 ncpu) (bvult (bvsub ?x10095 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3365 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5703 (bvlshr (bvsub ?x10095 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3776 (and (bvult ?x5703 ncpu) (bvult (bvsub ?x10095 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5703 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9852 (bvlshr (bvsub ?x11858 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9129 (and (bvult ?x9852 ncpu) (bvult (bvsub ?x11858 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9852 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4211 (bvlshr (bvsub ?x11858 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11637 (and (bvult ?x4211 ncpu) (bvult (bvsub ?x11858 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4211 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2281 (bvlshr (bvsub ?x11858 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10441 (and (bvult ?x2281 ncpu) (bvult (bvsub ?x11858 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2281 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10441 $x11637 $x9129 (bvult (bvsub ?x11858 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3776 $x10807 $x2071 (bvult (bvsub ?x10095 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
