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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x5079 (bvadd ?x2156 (_ bv18446744073709551584 64))))
 (let ((?x9511 (bvadd ?x5079 (_ bv7 64))))
 (let ((?x9490 (bvlshr (bvsub ?x9511 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9709 (and (bvult ?x9490 ncpu) (bvult (bvsub ?x9511 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9490 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5868 (bvlshr (bvsub ?x9511 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6054 (and (bvult ?x5868 ncpu) (bvult (bvsub ?x9511 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5868 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9566 (bvlshr (bvsub ?x9511 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7927 (and (bvult ?x9566 ncpu) (bvult (bvsub ?x9511 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9566 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9345 (bvlshr (bvsub ?x5079 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2508 (and (bvult ?x9345 ncpu) (bvult (bvsub ?x5079 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9345 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2137 (bvlshr (bvsub ?x5079 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1114 (and (bvult ?x2137 ncpu) (bvult (bvsub ?x5079 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2137 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6536 (bvlshr (bvsub ?x5079 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x787 (and (bvult ?x6536 ncpu) (bvult (bvsub ?x5079 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6536 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x787 $x1114 $x2508 (bvult (bvsub ?x5079 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x7927 $x6054 $x9709 (bvult (bvsub ?x9511 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
