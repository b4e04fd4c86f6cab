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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x5801 (bvadd ?x5362 (_ bv18446744073709551536 64))))
 (let ((?x4326 (bvadd ?x5801 (_ bv7 64))))
 (let ((?x11762 (bvlshr (bvsub ?x4326 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4195 (and (bvult ?x11762 ncpu) (bvult (bvsub ?x4326 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11762 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11849 (bvlshr (bvsub ?x4326 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11753 (and (bvult ?x11849 ncpu) (bvult (bvsub ?x4326 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11849 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11701 (bvlshr (bvsub ?x4326 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11743 (and (bvult ?x11701 ncpu) (bvult (bvsub ?x4326 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11701 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8166 (bvlshr (bvsub ?x5801 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4054 (and (bvult ?x8166 ncpu) (bvult (bvsub ?x5801 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8166 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10258 (bvlshr (bvsub ?x5801 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9741 (and (bvult ?x10258 ncpu) (bvult (bvsub ?x5801 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10258 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8867 (bvlshr (bvsub ?x5801 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9284 (and (bvult ?x8867 ncpu) (bvult (bvsub ?x5801 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8867 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9284 $x9741 $x4054 (bvult (bvsub ?x5801 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11743 $x11753 $x4195 (bvult (bvsub ?x4326 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
