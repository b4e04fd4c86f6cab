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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x2338 (bvadd ?x5362 (_ bv18446744073709551608 64))))
 (let ((?x4076 (bvadd ?x2338 (_ bv7 64))))
 (let ((?x3938 (bvlshr (bvsub ?x4076 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9246 (and (bvult ?x3938 ncpu) (bvult (bvsub ?x4076 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3938 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3140 (bvlshr (bvsub ?x4076 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2660 (and (bvult ?x3140 ncpu) (bvult (bvsub ?x4076 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3140 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9903 (bvlshr (bvsub ?x4076 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7909 (and (bvult ?x9903 ncpu) (bvult (bvsub ?x4076 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9903 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8037 (not (or $x7909 $x2660 $x9246 (bvult (bvsub ?x4076 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x2560 (bvlshr (bvsub ?x2338 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4567 (and (bvult ?x2560 ncpu) (bvult (bvsub ?x2338 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2560 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2624 (bvlshr (bvsub ?x2338 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9118 (and (bvult ?x2624 ncpu) (bvult (bvsub ?x2338 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2624 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3238 (bvlshr (bvsub ?x2338 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6025 (and (bvult ?x3238 ncpu) (bvult (bvsub ?x2338 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3238 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9893 (not (or $x6025 $x9118 $x4567 (bvult (bvsub ?x2338 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x9893 $x8037)))))))))))))))))))
(check-sat)
