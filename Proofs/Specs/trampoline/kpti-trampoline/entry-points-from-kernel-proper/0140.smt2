; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x16833 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x17143 (bvadd ?x16833 (_ bv7 64))))
 (let ((?x17769 (bvlshr (bvsub ?x17143 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14047 (and (bvult ?x17769 ncpu) (bvult (bvsub ?x17143 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17769 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17746 (bvlshr (bvsub ?x17143 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17762 (and (bvult ?x17746 ncpu) (bvult (bvsub ?x17143 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17746 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17658 (bvlshr (bvsub ?x17143 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17145 (and (bvult ?x17658 ncpu) (bvult (bvsub ?x17143 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17658 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15186 (bvlshr (bvsub ?x16833 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12897 (and (bvult ?x15186 ncpu) (bvult (bvsub ?x16833 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15186 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15252 (bvlshr (bvsub ?x16833 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7631 (and (bvult ?x15252 ncpu) (bvult (bvsub ?x16833 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15252 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17745 (bvlshr (bvsub ?x16833 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15646 (and (bvult ?x17745 ncpu) (bvult (bvsub ?x16833 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17745 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15646 $x7631 $x12897 (bvult (bvsub ?x16833 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x17145 $x17762 $x14047 (bvult (bvsub ?x17143 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
