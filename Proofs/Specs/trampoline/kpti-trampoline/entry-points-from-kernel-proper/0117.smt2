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
 (let ((?x8578 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x13143 (bvadd ?x8578 (_ bv18446744073709551592 64))))
 (let ((?x11637 (bvadd ?x13143 (_ bv7 64))))
 (let ((?x5535 (bvlshr (bvsub ?x11637 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11124 (and (bvult ?x5535 ncpu) (bvult (bvsub ?x11637 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5535 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11126 (bvlshr (bvsub ?x11637 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4318 (and (bvult ?x11126 ncpu) (bvult (bvsub ?x11637 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11126 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6898 (bvlshr (bvsub ?x11637 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8577 (and (bvult ?x6898 ncpu) (bvult (bvsub ?x11637 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6898 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6554 (bvlshr (bvsub ?x13143 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10619 (and (bvult ?x6554 ncpu) (bvult (bvsub ?x13143 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6554 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6377 (bvlshr (bvsub ?x13143 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3195 (and (bvult ?x6377 ncpu) (bvult (bvsub ?x13143 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6377 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14242 (bvlshr (bvsub ?x13143 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x22 (and (bvult ?x14242 ncpu) (bvult (bvsub ?x13143 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14242 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x22 $x3195 $x10619 (bvult (bvsub ?x13143 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8577 $x4318 $x11124 (bvult (bvsub ?x11637 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
