; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x14494 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x2386 (bvadd ?x14494 (_ bv18446744073709551568 64))))
 (let ((?x12831 (bvadd ?x2386 (_ bv7 64))))
 (let ((?x8552 (bvlshr (bvsub ?x12831 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10410 (and (bvult ?x8552 ncpu) (bvult (bvsub ?x12831 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8552 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10657 (bvlshr (bvsub ?x12831 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12434 (and (bvult ?x10657 ncpu) (bvult (bvsub ?x12831 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10657 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14282 (bvlshr (bvsub ?x12831 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11853 (and (bvult ?x14282 ncpu) (bvult (bvsub ?x12831 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14282 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12008 (bvlshr (bvsub ?x2386 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8903 (and (bvult ?x12008 ncpu) (bvult (bvsub ?x2386 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12008 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12495 (bvlshr (bvsub ?x2386 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15522 (and (bvult ?x12495 ncpu) (bvult (bvsub ?x2386 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12495 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2138 (bvlshr (bvsub ?x2386 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15775 (and (bvult ?x2138 ncpu) (bvult (bvsub ?x2386 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2138 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15775 $x15522 $x8903 (bvult (bvsub ?x2386 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11853 $x12434 $x10410 (bvult (bvsub ?x12831 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
