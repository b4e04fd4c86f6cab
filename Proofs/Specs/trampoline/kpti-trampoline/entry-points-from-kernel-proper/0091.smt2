; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:192:3
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
 (let ((?x8622 (bvadd ?x5362 (_ bv18446744073709551504 64))))
 (let ((?x7170 (bvadd ?x8622 (_ bv7 64))))
 (let ((?x6964 (bvlshr (bvsub ?x7170 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9822 (and (bvult ?x6964 ncpu) (bvult (bvsub ?x7170 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6964 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2246 (bvlshr (bvsub ?x7170 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3117 (and (bvult ?x2246 ncpu) (bvult (bvsub ?x7170 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2246 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11983 (bvlshr (bvsub ?x7170 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11899 (and (bvult ?x11983 ncpu) (bvult (bvsub ?x7170 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11983 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6383 (bvlshr (bvsub ?x8622 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2171 (and (bvult ?x6383 ncpu) (bvult (bvsub ?x8622 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10689 (bvlshr (bvsub ?x8622 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11912 (and (bvult ?x10689 ncpu) (bvult (bvsub ?x8622 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10689 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11261 (bvlshr (bvsub ?x8622 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2555 (and (bvult ?x11261 ncpu) (bvult (bvsub ?x8622 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11261 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2555 $x11912 $x2171 (bvult (bvsub ?x8622 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11899 $x3117 $x9822 (bvult (bvsub ?x7170 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
