; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:187:3
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
 (let ((?x12049 (bvadd ?x15984 (_ bv18446744073709551504 64))))
 (let ((?x16935 (bvadd ?x12049 (_ bv7 64))))
 (let ((?x18883 (bvlshr (bvsub ?x16935 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14040 (and (bvult ?x18883 ncpu) (bvult (bvsub ?x16935 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18883 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19729 (bvlshr (bvsub ?x16935 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19797 (and (bvult ?x19729 ncpu) (bvult (bvsub ?x16935 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19729 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18550 (bvlshr (bvsub ?x16935 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10400 (and (bvult ?x18550 ncpu) (bvult (bvsub ?x16935 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18550 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x19202 (bvlshr (bvsub ?x12049 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14213 (and (bvult ?x19202 ncpu) (bvult (bvsub ?x12049 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19202 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14481 (bvlshr (bvsub ?x12049 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18083 (and (bvult ?x14481 ncpu) (bvult (bvsub ?x12049 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14481 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x19684 (bvlshr (bvsub ?x12049 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9901 (and (bvult ?x19684 ncpu) (bvult (bvsub ?x12049 (bvadd (_ bv18446612686364999680 64) (bvmul ?x19684 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9901 $x18083 $x14213 (bvult (bvsub ?x12049 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10400 $x19797 $x14040 (bvult (bvsub ?x16935 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
