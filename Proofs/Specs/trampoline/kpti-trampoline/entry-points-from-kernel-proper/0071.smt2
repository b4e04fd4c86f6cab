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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10490 (bvadd ?x944 (_ bv18446744073709551576 64))))
 (let ((?x10059 (bvadd ?x10490 (_ bv7 64))))
 (let ((?x11253 (bvlshr (bvsub ?x10059 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12106 (and (bvult ?x11253 ncpu) (bvult (bvsub ?x10059 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11253 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11114 (bvlshr (bvsub ?x10059 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11183 (and (bvult ?x11114 ncpu) (bvult (bvsub ?x10059 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11114 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11610 (bvlshr (bvsub ?x10059 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11395 (and (bvult ?x11610 ncpu) (bvult (bvsub ?x10059 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11610 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12028 (bvlshr (bvsub ?x10490 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11992 (and (bvult ?x12028 ncpu) (bvult (bvsub ?x10490 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12028 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4903 (bvlshr (bvsub ?x10490 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11994 (and (bvult ?x4903 ncpu) (bvult (bvsub ?x10490 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4903 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4530 (bvlshr (bvsub ?x10490 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10502 (and (bvult ?x4530 ncpu) (bvult (bvsub ?x10490 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4530 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10502 $x11994 $x11992 (bvult (bvsub ?x10490 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11395 $x11183 $x12106 (bvult (bvsub ?x10059 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
