; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:181:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x6112 (bvadd ?x1435 (_ bv18446744073709551552 64))))
 (let ((?x4426 (bvadd ?x6112 (_ bv7 64))))
 (let ((?x1777 (bvlshr (bvsub ?x4426 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6006 (and (bvult ?x1777 ncpu) (bvult (bvsub ?x4426 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1777 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5673 (bvlshr (bvsub ?x4426 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8196 (and (bvult ?x5673 ncpu) (bvult (bvsub ?x4426 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5673 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5868 (bvlshr (bvsub ?x4426 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x485 (and (bvult ?x5868 ncpu) (bvult (bvsub ?x4426 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5868 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7997 (bvlshr (bvsub ?x6112 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4025 (and (bvult ?x7997 ncpu) (bvult (bvsub ?x6112 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7997 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5044 (bvlshr (bvsub ?x6112 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x352 (and (bvult ?x5044 ncpu) (bvult (bvsub ?x6112 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5044 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1814 (bvlshr (bvsub ?x6112 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3295 (and (bvult ?x1814 ncpu) (bvult (bvsub ?x6112 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1814 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3295 $x352 $x4025 (bvult (bvsub ?x6112 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x485 $x8196 $x6006 (bvult (bvsub ?x4426 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
