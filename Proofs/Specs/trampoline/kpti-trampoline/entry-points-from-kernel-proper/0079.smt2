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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4575 (bvadd ?x5362 (_ bv18446744073709551552 64))))
 (let ((?x6954 (bvadd ?x4575 (_ bv7 64))))
 (let ((?x10301 (bvlshr (bvsub ?x6954 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7887 (and (bvult ?x10301 ncpu) (bvult (bvsub ?x6954 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10301 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6885 (bvlshr (bvsub ?x6954 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6804 (and (bvult ?x6885 ncpu) (bvult (bvsub ?x6954 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6885 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9239 (bvlshr (bvsub ?x6954 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7199 (and (bvult ?x9239 ncpu) (bvult (bvsub ?x6954 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9239 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3564 (bvlshr (bvsub ?x4575 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8325 (and (bvult ?x3564 ncpu) (bvult (bvsub ?x4575 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3564 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8529 (bvlshr (bvsub ?x4575 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11150 (and (bvult ?x8529 ncpu) (bvult (bvsub ?x4575 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8529 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11308 (bvlshr (bvsub ?x4575 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8985 (and (bvult ?x11308 ncpu) (bvult (bvsub ?x4575 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11308 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8985 $x11150 $x8325 (bvult (bvsub ?x4575 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7199 $x6804 $x7887 (bvult (bvsub ?x6954 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
