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
 (let ((?x16303 (bvadd ?x14265 (_ bv18446744073709551568 64))))
 (let ((?x11882 (bvadd ?x16303 (_ bv7 64))))
 (let ((?x2662 (bvlshr (bvsub ?x11882 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4625 (and (bvult ?x2662 ncpu) (bvult (bvsub ?x11882 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2662 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12855 (bvlshr (bvsub ?x11882 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16426 (and (bvult ?x12855 ncpu) (bvult (bvsub ?x11882 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12855 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13006 (bvlshr (bvsub ?x11882 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13698 (and (bvult ?x13006 ncpu) (bvult (bvsub ?x11882 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13006 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4920 (bvlshr (bvsub ?x16303 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8700 (and (bvult ?x4920 ncpu) (bvult (bvsub ?x16303 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4920 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13374 (bvlshr (bvsub ?x16303 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15895 (and (bvult ?x13374 ncpu) (bvult (bvsub ?x16303 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13374 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16414 (bvlshr (bvsub ?x16303 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14176 (and (bvult ?x16414 ncpu) (bvult (bvsub ?x16303 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16414 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x14176 $x15895 $x8700 (bvult (bvsub ?x16303 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13698 $x16426 $x4625 (bvult (bvsub ?x11882 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
