; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4960 (bvadd ?x9097 (_ bv18446744073709551576 64))))
 (let ((?x9878 (bvadd ?x4960 (_ bv7 64))))
 (let ((?x5350 (bvlshr (bvsub ?x9878 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7154 (and (bvult ?x5350 ncpu) (bvult (bvsub ?x9878 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5350 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x537 (bvlshr (bvsub ?x9878 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7830 (and (bvult ?x537 ncpu) (bvult (bvsub ?x9878 (bvadd (_ bv18446741874687344640 64) (bvmul ?x537 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3084 (bvlshr (bvsub ?x9878 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3968 (and (bvult ?x3084 ncpu) (bvult (bvsub ?x9878 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3084 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10281 (bvlshr (bvsub ?x4960 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11007 (and (bvult ?x10281 ncpu) (bvult (bvsub ?x4960 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10281 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4514 (bvlshr (bvsub ?x4960 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11109 (and (bvult ?x4514 ncpu) (bvult (bvsub ?x4960 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4514 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10467 (bvlshr (bvsub ?x4960 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9934 (and (bvult ?x10467 ncpu) (bvult (bvsub ?x4960 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10467 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9934 $x11109 $x11007 (bvult (bvsub ?x4960 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3968 $x7830 $x7154 (bvult (bvsub ?x9878 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
