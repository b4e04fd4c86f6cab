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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10737 (bvadd ?x9097 (_ bv18446744073709551600 64))))
 (let ((?x8350 (bvadd ?x10737 (_ bv7 64))))
 (let ((?x8947 (bvlshr (bvsub ?x8350 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8201 (and (bvult ?x8947 ncpu) (bvult (bvsub ?x8350 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8947 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5377 (bvlshr (bvsub ?x8350 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7630 (and (bvult ?x5377 ncpu) (bvult (bvsub ?x8350 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5377 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6770 (bvlshr (bvsub ?x8350 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9986 (and (bvult ?x6770 ncpu) (bvult (bvsub ?x8350 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6770 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10524 (bvlshr (bvsub ?x10737 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9744 (and (bvult ?x10524 ncpu) (bvult (bvsub ?x10737 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10524 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4056 (bvlshr (bvsub ?x10737 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x136 (and (bvult ?x4056 ncpu) (bvult (bvsub ?x10737 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4056 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11232 (bvlshr (bvsub ?x10737 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x557 (and (bvult ?x11232 ncpu) (bvult (bvsub ?x10737 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11232 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x557 $x136 $x9744 (bvult (bvsub ?x10737 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9986 $x7630 $x8201 (bvult (bvsub ?x8350 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
