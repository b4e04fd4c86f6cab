; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:193:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9210 (bvadd ?x5362 (_ bv18446744073709551496 64))))
 (let ((?x11497 (bvadd ?x9210 (_ bv7 64))))
 (let ((?x8799 (bvlshr (bvsub ?x11497 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9367 (and (bvult ?x8799 ncpu) (bvult (bvsub ?x11497 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8799 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9787 (bvlshr (bvsub ?x11497 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11025 (and (bvult ?x9787 ncpu) (bvult (bvsub ?x11497 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9787 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12103 (bvlshr (bvsub ?x11497 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8878 (and (bvult ?x12103 ncpu) (bvult (bvsub ?x11497 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12103 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12679 (bvlshr (bvsub ?x9210 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7364 (and (bvult ?x12679 ncpu) (bvult (bvsub ?x9210 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12679 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11788 (bvlshr (bvsub ?x9210 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3097 (and (bvult ?x11788 ncpu) (bvult (bvsub ?x9210 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11788 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12675 (bvlshr (bvsub ?x9210 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5343 (and (bvult ?x12675 ncpu) (bvult (bvsub ?x9210 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12675 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5343 $x3097 $x7364 (bvult (bvsub ?x9210 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8878 $x11025 $x9367 (bvult (bvsub ?x11497 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
