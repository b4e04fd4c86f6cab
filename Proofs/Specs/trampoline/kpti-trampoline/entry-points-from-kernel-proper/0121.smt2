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
 (let ((?x10648 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x15772 (bvadd ?x10648 (_ bv18446744073709551576 64))))
 (let ((?x15953 (bvadd ?x15772 (_ bv7 64))))
 (let ((?x13025 (bvlshr (bvsub ?x15953 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2222 (and (bvult ?x13025 ncpu) (bvult (bvsub ?x15953 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13025 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8284 (bvlshr (bvsub ?x15953 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12180 (and (bvult ?x8284 ncpu) (bvult (bvsub ?x15953 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8284 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4980 (bvlshr (bvsub ?x15953 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15813 (and (bvult ?x4980 ncpu) (bvult (bvsub ?x15953 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4980 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12141 (bvlshr (bvsub ?x15772 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12687 (and (bvult ?x12141 ncpu) (bvult (bvsub ?x15772 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12141 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1195 (bvlshr (bvsub ?x15772 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14065 (and (bvult ?x1195 ncpu) (bvult (bvsub ?x15772 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1195 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14046 (bvlshr (bvsub ?x15772 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2433 (and (bvult ?x14046 ncpu) (bvult (bvsub ?x15772 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14046 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2433 $x14065 $x12687 (bvult (bvsub ?x15772 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15813 $x12180 $x2222 (bvult (bvsub ?x15953 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
