; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:188:3
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
 (let ((?x1119 (bvadd ?x15367 (_ bv18446744073709551536 64))))
 (let ((?x15950 (bvadd ?x1119 (_ bv7 64))))
 (let ((?x17073 (bvlshr (bvsub ?x15950 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14373 (and (bvult ?x17073 ncpu) (bvult (bvsub ?x15950 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17073 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11055 (bvlshr (bvsub ?x15950 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14342 (and (bvult ?x11055 ncpu) (bvult (bvsub ?x15950 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11055 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15977 (bvlshr (bvsub ?x15950 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16275 (and (bvult ?x15977 ncpu) (bvult (bvsub ?x15950 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15977 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15722 (bvlshr (bvsub ?x1119 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12078 (and (bvult ?x15722 ncpu) (bvult (bvsub ?x1119 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15722 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17755 (bvlshr (bvsub ?x1119 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15779 (and (bvult ?x17755 ncpu) (bvult (bvsub ?x1119 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17755 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17746 (bvlshr (bvsub ?x1119 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3046 (and (bvult ?x17746 ncpu) (bvult (bvsub ?x1119 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17746 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3046 $x15779 $x12078 (bvult (bvsub ?x1119 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x16275 $x14342 $x14373 (bvult (bvsub ?x15950 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
