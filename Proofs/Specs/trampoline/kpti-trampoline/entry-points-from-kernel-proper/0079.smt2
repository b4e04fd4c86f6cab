; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:182:3
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
 (let ((?x11246 (bvadd ?x9097 (_ bv18446744073709551544 64))))
 (let ((?x2322 (bvadd ?x11246 (_ bv7 64))))
 (let ((?x7983 (bvlshr (bvsub ?x2322 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7910 (and (bvult ?x7983 ncpu) (bvult (bvsub ?x2322 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7983 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11884 (bvlshr (bvsub ?x2322 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8246 (and (bvult ?x11884 ncpu) (bvult (bvsub ?x2322 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11884 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6466 (bvlshr (bvsub ?x2322 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12703 (and (bvult ?x6466 ncpu) (bvult (bvsub ?x2322 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6466 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4858 (bvlshr (bvsub ?x11246 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4157 (and (bvult ?x4858 ncpu) (bvult (bvsub ?x11246 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4858 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12756 (bvlshr (bvsub ?x11246 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5591 (and (bvult ?x12756 ncpu) (bvult (bvsub ?x11246 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12756 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12658 (bvlshr (bvsub ?x11246 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4705 (and (bvult ?x12658 ncpu) (bvult (bvsub ?x11246 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12658 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4705 $x5591 $x4157 (bvult (bvsub ?x11246 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12703 $x8246 $x7910 (bvult (bvsub ?x2322 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
