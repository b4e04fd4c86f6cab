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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x15067 (bvadd ?x15367 (_ bv18446744073709551576 64))))
 (let ((?x16057 (bvadd ?x15067 (_ bv7 64))))
 (let ((?x14782 (bvlshr (bvsub ?x16057 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11213 (and (bvult ?x14782 ncpu) (bvult (bvsub ?x16057 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14782 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7326 (bvlshr (bvsub ?x16057 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15057 (and (bvult ?x7326 ncpu) (bvult (bvsub ?x16057 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7326 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15233 (bvlshr (bvsub ?x16057 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15429 (and (bvult ?x15233 ncpu) (bvult (bvsub ?x16057 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15233 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12400 (not (or $x15429 $x15057 $x11213 (bvult (bvsub ?x16057 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x15763 (bvlshr (bvsub ?x15067 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7901 (and (bvult ?x15763 ncpu) (bvult (bvsub ?x15067 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15763 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12158 (bvlshr (bvsub ?x15067 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15506 (and (bvult ?x12158 ncpu) (bvult (bvsub ?x15067 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12158 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13129 (bvlshr (bvsub ?x15067 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7527 (and (bvult ?x13129 ncpu) (bvult (bvsub ?x15067 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13129 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12623 (not (or $x7527 $x15506 $x7901 (bvult (bvsub ?x15067 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x12623 $x12400)))))))))))))))))))
(check-sat)
