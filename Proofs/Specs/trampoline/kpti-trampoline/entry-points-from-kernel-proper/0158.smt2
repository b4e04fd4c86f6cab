; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:186:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x17468 (bvadd ?x15367 (_ bv18446744073709551552 64))))
 (let ((?x8309 (bvadd ?x17468 (_ bv7 64))))
 (let ((?x9539 (bvlshr (bvsub ?x8309 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17197 (and (bvult ?x9539 ncpu) (bvult (bvsub ?x8309 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9539 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12258 (bvlshr (bvsub ?x8309 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4431 (and (bvult ?x12258 ncpu) (bvult (bvsub ?x8309 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12258 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4302 (bvlshr (bvsub ?x8309 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12859 (and (bvult ?x4302 ncpu) (bvult (bvsub ?x8309 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4302 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13921 (bvlshr (bvsub ?x17468 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17140 (and (bvult ?x13921 ncpu) (bvult (bvsub ?x17468 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13921 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14379 (bvlshr (bvsub ?x17468 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15023 (and (bvult ?x14379 ncpu) (bvult (bvsub ?x17468 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14379 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13161 (bvlshr (bvsub ?x17468 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15427 (and (bvult ?x13161 ncpu) (bvult (bvsub ?x17468 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13161 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15427 $x15023 $x17140 (bvult (bvsub ?x17468 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12859 $x4431 $x17197 (bvult (bvsub ?x8309 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
