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
 (let ((?x14265 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x11753 (bvadd ?x14265 (_ bv18446744073709551576 64))))
 (let ((?x16605 (bvadd ?x11753 (_ bv7 64))))
 (let ((?x15151 (bvlshr (bvsub ?x16605 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14247 (and (bvult ?x15151 ncpu) (bvult (bvsub ?x16605 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15151 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13814 (bvlshr (bvsub ?x16605 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12995 (and (bvult ?x13814 ncpu) (bvult (bvsub ?x16605 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13814 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13769 (bvlshr (bvsub ?x16605 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15300 (and (bvult ?x13769 ncpu) (bvult (bvsub ?x16605 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13769 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14204 (bvlshr (bvsub ?x11753 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12602 (and (bvult ?x14204 ncpu) (bvult (bvsub ?x11753 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14204 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15633 (bvlshr (bvsub ?x11753 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5093 (and (bvult ?x15633 ncpu) (bvult (bvsub ?x11753 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15633 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12810 (bvlshr (bvsub ?x11753 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15456 (and (bvult ?x12810 ncpu) (bvult (bvsub ?x11753 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12810 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15456 $x5093 $x12602 (bvult (bvsub ?x11753 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15300 $x12995 $x14247 (bvult (bvsub ?x16605 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
