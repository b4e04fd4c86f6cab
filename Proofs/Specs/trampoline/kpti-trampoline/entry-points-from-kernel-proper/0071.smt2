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
 (let ((?x2515 (bvadd ?x2156 (_ bv18446744073709551576 64))))
 (let ((?x2140 (bvadd ?x2515 (_ bv7 64))))
 (let ((?x336 (bvlshr (bvsub ?x2140 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8826 (and (bvult ?x336 ncpu) (bvult (bvsub ?x2140 (bvadd (_ bv18446683600570023936 64) (bvmul ?x336 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9897 (bvlshr (bvsub ?x2140 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8109 (and (bvult ?x9897 ncpu) (bvult (bvsub ?x2140 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9897 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2792 (bvlshr (bvsub ?x2140 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5748 (and (bvult ?x2792 ncpu) (bvult (bvsub ?x2140 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2792 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x746 (bvlshr (bvsub ?x2515 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9048 (and (bvult ?x746 ncpu) (bvult (bvsub ?x2515 (bvadd (_ bv18446683600570023936 64) (bvmul ?x746 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9057 (bvlshr (bvsub ?x2515 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2189 (and (bvult ?x9057 ncpu) (bvult (bvsub ?x2515 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9057 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5178 (bvlshr (bvsub ?x2515 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10850 (and (bvult ?x5178 ncpu) (bvult (bvsub ?x2515 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5178 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10850 $x2189 $x9048 (bvult (bvsub ?x2515 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5748 $x8109 $x8826 (bvult (bvsub ?x2140 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
