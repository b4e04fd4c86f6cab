; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x733 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x733)))
 (let ((?x412 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x13195 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x9588 (bvadd ?x13195 (_ bv18446744073709551568 64))))
 (let ((?x20793 (bvadd ?x9588 (_ bv8 64))))
 (let ((?x21953 (bvand ?x20793 (_ bv18446744073709551600 64))))
 (let ((?x21694 (bvadd ?x21953 (_ bv18446744073709551600 64))))
 (let ((?x7376 (bvlshr (bvsub ?x21694 ?x412) (_ bv16 64))))
 (let (($x10472 (and (bvult ?x7376 ncpu) (bvult (bvsub ?x21694 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x7376 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x25145 (bvlshr (bvsub ?x21694 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x22329 (bvult (bvsub ?x21694 (bvadd (_ bv18446683600570023936 64) (bvmul ?x25145 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x11271 (bvult ?x25145 ncpu)))
 (not (or (and $x11271 $x22329) $x10472))))))))))))))))
(check-sat)
