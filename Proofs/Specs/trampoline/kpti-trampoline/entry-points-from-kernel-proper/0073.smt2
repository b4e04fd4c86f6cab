; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:175:3
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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3952 (bvadd ?x2156 (_ bv18446744073709551568 64))))
 (let ((?x2332 (bvadd ?x3952 (_ bv7 64))))
 (let ((?x2409 (bvlshr (bvsub ?x2332 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x403 (and (bvult ?x2409 ncpu) (bvult (bvsub ?x2332 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2409 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8185 (bvlshr (bvsub ?x2332 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9461 (and (bvult ?x8185 ncpu) (bvult (bvsub ?x2332 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8185 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5557 (bvlshr (bvsub ?x2332 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9727 (and (bvult ?x5557 ncpu) (bvult (bvsub ?x2332 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5557 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x737 (bvlshr (bvsub ?x3952 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8004 (and (bvult ?x737 ncpu) (bvult (bvsub ?x3952 (bvadd (_ bv18446683600570023936 64) (bvmul ?x737 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3958 (bvlshr (bvsub ?x3952 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8634 (and (bvult ?x3958 ncpu) (bvult (bvsub ?x3952 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3958 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9165 (bvlshr (bvsub ?x3952 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8910 (and (bvult ?x9165 ncpu) (bvult (bvsub ?x3952 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9165 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8910 $x8634 $x8004 (bvult (bvsub ?x3952 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9727 $x9461 $x403 (bvult (bvsub ?x2332 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
