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
 (let ((?x8578 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x13181 (bvadd ?x8578 (_ bv18446744073709551576 64))))
 (let ((?x2537 (bvadd ?x13181 (_ bv7 64))))
 (let ((?x12149 (bvlshr (bvsub ?x2537 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1202 (and (bvult ?x12149 ncpu) (bvult (bvsub ?x2537 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12149 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11399 (bvlshr (bvsub ?x2537 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10164 (and (bvult ?x11399 ncpu) (bvult (bvsub ?x2537 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11399 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7323 (bvlshr (bvsub ?x2537 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12229 (and (bvult ?x7323 ncpu) (bvult (bvsub ?x2537 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7323 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10918 (bvlshr (bvsub ?x13181 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11093 (and (bvult ?x10918 ncpu) (bvult (bvsub ?x13181 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10918 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4785 (bvlshr (bvsub ?x13181 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6984 (and (bvult ?x4785 ncpu) (bvult (bvsub ?x13181 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4785 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13258 (bvlshr (bvsub ?x13181 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12066 (and (bvult ?x13258 ncpu) (bvult (bvsub ?x13181 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13258 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12066 $x6984 $x11093 (bvult (bvsub ?x13181 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12229 $x10164 $x1202 (bvult (bvsub ?x2537 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
