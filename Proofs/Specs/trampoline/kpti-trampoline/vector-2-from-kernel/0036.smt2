; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4853 (bvadd ?x1435 (_ bv18446744073709551488 64))))
 (let ((?x3141 (bvadd ?x4853 (_ bv7 64))))
 (let ((?x2986 (bvlshr (bvsub ?x3141 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9541 (and (bvult ?x2986 ncpu) (bvult (bvsub ?x3141 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2986 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7297 (bvlshr (bvsub ?x3141 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8049 (and (bvult ?x7297 ncpu) (bvult (bvsub ?x3141 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7297 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8477 (bvlshr (bvsub ?x3141 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4575 (and (bvult ?x8477 ncpu) (bvult (bvsub ?x3141 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8477 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3172 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5980 (and (bvult ?x3172 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3172 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8979 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9984 (and (bvult ?x8979 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8979 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9079 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3738 (and (bvult ?x9079 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9079 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3738 $x9984 $x5980 (bvult (bvsub ?x4853 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4575 $x8049 $x9541 (bvult (bvsub ?x3141 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
