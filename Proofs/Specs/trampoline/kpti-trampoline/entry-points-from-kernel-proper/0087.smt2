; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:191:3
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
 (let ((?x5241 (bvadd ?x2156 (_ bv18446744073709551512 64))))
 (let ((?x5152 (bvadd ?x5241 (_ bv7 64))))
 (let ((?x11964 (bvlshr (bvsub ?x5152 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10557 (and (bvult ?x11964 ncpu) (bvult (bvsub ?x5152 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11964 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12013 (bvlshr (bvsub ?x5152 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11363 (and (bvult ?x12013 ncpu) (bvult (bvsub ?x5152 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12013 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3668 (bvlshr (bvsub ?x5152 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12038 (and (bvult ?x3668 ncpu) (bvult (bvsub ?x5152 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3668 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9671 (bvlshr (bvsub ?x5241 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5479 (and (bvult ?x9671 ncpu) (bvult (bvsub ?x5241 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9671 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10539 (bvlshr (bvsub ?x5241 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11619 (and (bvult ?x10539 ncpu) (bvult (bvsub ?x5241 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10539 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10641 (bvlshr (bvsub ?x5241 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x273 (and (bvult ?x10641 ncpu) (bvult (bvsub ?x5241 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10641 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x273 $x11619 $x5479 (bvult (bvsub ?x5241 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12038 $x11363 $x10557 (bvult (bvsub ?x5152 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
