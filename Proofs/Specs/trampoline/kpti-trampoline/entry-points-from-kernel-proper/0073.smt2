; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:170:3
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
 (let ((?x9524 (bvadd ?x944 (_ bv18446744073709551568 64))))
 (let ((?x6351 (bvadd ?x9524 (_ bv7 64))))
 (let ((?x9652 (bvlshr (bvsub ?x6351 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11139 (and (bvult ?x9652 ncpu) (bvult (bvsub ?x6351 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9652 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11016 (bvlshr (bvsub ?x6351 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8748 (and (bvult ?x11016 ncpu) (bvult (bvsub ?x6351 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11016 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11404 (bvlshr (bvsub ?x6351 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11383 (and (bvult ?x11404 ncpu) (bvult (bvsub ?x6351 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11404 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9566 (bvlshr (bvsub ?x9524 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11138 (and (bvult ?x9566 ncpu) (bvult (bvsub ?x9524 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9566 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8902 (bvlshr (bvsub ?x9524 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11463 (and (bvult ?x8902 ncpu) (bvult (bvsub ?x9524 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8902 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10362 (bvlshr (bvsub ?x9524 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10738 (and (bvult ?x10362 ncpu) (bvult (bvsub ?x9524 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10362 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10738 $x11463 $x11138 (bvult (bvsub ?x9524 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11383 $x8748 $x11139 (bvult (bvsub ?x6351 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
