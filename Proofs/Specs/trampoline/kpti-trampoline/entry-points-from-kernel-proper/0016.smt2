; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:176:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5771 (bvadd ?x4233 (_ bv18446744073709551568 64))))
 (let ((?x8210 (bvadd ?x5771 (_ bv7 64))))
 (let ((?x3407 (bvlshr (bvsub ?x8210 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x403 (and (bvult ?x3407 ncpu) (bvult (bvsub ?x8210 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3407 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7643 (bvlshr (bvsub ?x8210 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8186 (and (bvult ?x7643 ncpu) (bvult (bvsub ?x8210 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7643 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8112 (bvlshr (bvsub ?x8210 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6303 (and (bvult ?x8112 ncpu) (bvult (bvsub ?x8210 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8112 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3257 (bvlshr (bvsub ?x5771 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3215 (and (bvult ?x3257 ncpu) (bvult (bvsub ?x5771 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3257 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8215 (bvlshr (bvsub ?x5771 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3114 (and (bvult ?x8215 ncpu) (bvult (bvsub ?x5771 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8215 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3168 (bvlshr (bvsub ?x5771 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1506 (and (bvult ?x3168 ncpu) (bvult (bvsub ?x5771 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3168 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1506 $x3114 $x3215 (bvult (bvsub ?x5771 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6303 $x8186 $x403 (bvult (bvsub ?x8210 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
