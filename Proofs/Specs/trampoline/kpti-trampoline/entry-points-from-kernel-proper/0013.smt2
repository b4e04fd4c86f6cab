; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4137 (bvadd ?x7602 (_ bv18446744073709551576 64))))
 (let ((?x6352 (bvadd ?x4137 (_ bv7 64))))
 (let ((?x5743 (bvlshr (bvsub ?x6352 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8073 (and (bvult ?x5743 ncpu) (bvult (bvsub ?x6352 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5743 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3385 (bvlshr (bvsub ?x6352 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8184 (and (bvult ?x3385 ncpu) (bvult (bvsub ?x6352 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3385 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8096 (bvlshr (bvsub ?x6352 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3706 (and (bvult ?x8096 ncpu) (bvult (bvsub ?x6352 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8096 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3398 (bvlshr (bvsub ?x4137 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7949 (and (bvult ?x3398 ncpu) (bvult (bvsub ?x4137 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3398 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6664 (bvlshr (bvsub ?x4137 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6973 (and (bvult ?x6664 ncpu) (bvult (bvsub ?x4137 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6664 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4751 (bvlshr (bvsub ?x4137 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7240 (and (bvult ?x4751 ncpu) (bvult (bvsub ?x4137 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4751 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7240 $x6973 $x7949 (bvult (bvsub ?x4137 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3706 $x8184 $x8073 (bvult (bvsub ?x6352 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
