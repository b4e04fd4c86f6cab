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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11862 (bvadd ?x9097 (_ bv18446744073709551528 64))))
 (let ((?x10009 (bvadd ?x11862 (_ bv7 64))))
 (let ((?x3681 (bvlshr (bvsub ?x10009 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12725 (and (bvult ?x3681 ncpu) (bvult (bvsub ?x10009 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3681 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12883 (bvlshr (bvsub ?x10009 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12652 (and (bvult ?x12883 ncpu) (bvult (bvsub ?x10009 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12883 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2615 (bvlshr (bvsub ?x10009 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6116 (and (bvult ?x2615 ncpu) (bvult (bvsub ?x10009 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2615 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8056 (bvlshr (bvsub ?x11862 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12560 (and (bvult ?x8056 ncpu) (bvult (bvsub ?x11862 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8056 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4020 (bvlshr (bvsub ?x11862 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9026 (and (bvult ?x4020 ncpu) (bvult (bvsub ?x11862 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4020 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12697 (bvlshr (bvsub ?x11862 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7378 (and (bvult ?x12697 ncpu) (bvult (bvsub ?x11862 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12697 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7378 $x9026 $x12560 (bvult (bvsub ?x11862 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6116 $x12652 $x12725 (bvult (bvsub ?x10009 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
