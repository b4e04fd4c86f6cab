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
 (let ((?x13833 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x14568 (bvadd ?x13833 (_ bv18446744073709551568 64))))
 (let ((?x14556 (bvadd ?x14568 (_ bv7 64))))
 (let ((?x10921 (bvlshr (bvsub ?x14556 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10140 (and (bvult ?x10921 ncpu) (bvult (bvsub ?x14556 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10921 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14139 (bvlshr (bvsub ?x14556 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12087 (and (bvult ?x14139 ncpu) (bvult (bvsub ?x14556 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14139 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4214 (bvlshr (bvsub ?x14556 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8245 (and (bvult ?x4214 ncpu) (bvult (bvsub ?x14556 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4214 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9496 (not (or $x8245 $x12087 $x10140 (bvult (bvsub ?x14556 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x14685 (bvlshr (bvsub ?x14568 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9161 (and (bvult ?x14685 ncpu) (bvult (bvsub ?x14568 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14685 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14658 (bvlshr (bvsub ?x14568 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13010 (and (bvult ?x14658 ncpu) (bvult (bvsub ?x14568 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14658 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14586 (bvlshr (bvsub ?x14568 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14212 (and (bvult ?x14586 ncpu) (bvult (bvsub ?x14568 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14586 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10784 (not (or $x14212 $x13010 $x9161 (bvult (bvsub ?x14568 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x10784 $x9496)))))))))))))))))))
(check-sat)
