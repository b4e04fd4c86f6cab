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
 (let ((?x10281 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x14014 (bvadd ?x10281 (_ bv18446744073709551576 64))))
 (let ((?x1008 (bvadd ?x14014 (_ bv7 64))))
 (let ((?x14391 (bvlshr (bvsub ?x1008 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8710 (and (bvult ?x14391 ncpu) (bvult (bvsub ?x1008 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14391 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13074 (bvlshr (bvsub ?x1008 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14696 (and (bvult ?x13074 ncpu) (bvult (bvsub ?x1008 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13074 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12247 (bvlshr (bvsub ?x1008 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9037 (and (bvult ?x12247 ncpu) (bvult (bvsub ?x1008 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12247 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14542 (bvlshr (bvsub ?x14014 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9290 (and (bvult ?x14542 ncpu) (bvult (bvsub ?x14014 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14542 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8457 (bvlshr (bvsub ?x14014 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14457 (and (bvult ?x8457 ncpu) (bvult (bvsub ?x14014 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8457 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11317 (bvlshr (bvsub ?x14014 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2221 (and (bvult ?x11317 ncpu) (bvult (bvsub ?x14014 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11317 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2221 $x14457 $x9290 (bvult (bvsub ?x14014 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9037 $x14696 $x8710 (bvult (bvsub ?x1008 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
