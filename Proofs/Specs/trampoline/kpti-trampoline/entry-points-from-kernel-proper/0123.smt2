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
 (let ((?x13919 (bvadd ?x8578 (_ bv18446744073709551568 64))))
 (let ((?x12034 (bvadd ?x13919 (_ bv7 64))))
 (let ((?x1925 (bvlshr (bvsub ?x12034 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12521 (and (bvult ?x1925 ncpu) (bvult (bvsub ?x12034 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1925 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14398 (bvlshr (bvsub ?x12034 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12352 (and (bvult ?x14398 ncpu) (bvult (bvsub ?x12034 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14398 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7146 (bvlshr (bvsub ?x12034 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12226 (and (bvult ?x7146 ncpu) (bvult (bvsub ?x12034 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7146 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14647 (bvlshr (bvsub ?x13919 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11878 (and (bvult ?x14647 ncpu) (bvult (bvsub ?x13919 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14647 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3687 (bvlshr (bvsub ?x13919 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14591 (and (bvult ?x3687 ncpu) (bvult (bvsub ?x13919 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3687 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3564 (bvlshr (bvsub ?x13919 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3500 (and (bvult ?x3564 ncpu) (bvult (bvsub ?x13919 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3564 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3500 $x14591 $x11878 (bvult (bvsub ?x13919 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12226 $x12352 $x12521 (bvult (bvsub ?x12034 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
