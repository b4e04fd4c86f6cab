; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x17028 (bvadd ?x15984 (_ bv18446744073709551592 64))))
 (let ((?x9639 (bvadd ?x17028 (_ bv7 64))))
 (let ((?x10504 (bvlshr (bvsub ?x9639 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16527 (and (bvult ?x10504 ncpu) (bvult (bvsub ?x9639 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10504 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17095 (bvlshr (bvsub ?x9639 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12822 (and (bvult ?x17095 ncpu) (bvult (bvsub ?x9639 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17095 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6760 (bvlshr (bvsub ?x9639 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9583 (and (bvult ?x6760 ncpu) (bvult (bvsub ?x9639 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6760 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6209 (bvlshr (bvsub ?x17028 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8341 (and (bvult ?x6209 ncpu) (bvult (bvsub ?x17028 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6209 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16136 (bvlshr (bvsub ?x17028 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11172 (and (bvult ?x16136 ncpu) (bvult (bvsub ?x17028 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16136 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17789 (bvlshr (bvsub ?x17028 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3645 (and (bvult ?x17789 ncpu) (bvult (bvsub ?x17028 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17789 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3645 $x11172 $x8341 (bvult (bvsub ?x17028 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9583 $x12822 $x16527 (bvult (bvsub ?x9639 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
