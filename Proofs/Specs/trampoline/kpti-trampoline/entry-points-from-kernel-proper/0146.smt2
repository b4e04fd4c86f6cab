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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16117 (bvadd ?x15984 (_ bv18446744073709551584 64))))
 (let ((?x12800 (bvadd ?x16117 (_ bv7 64))))
 (let ((?x12932 (bvlshr (bvsub ?x12800 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6994 (and (bvult ?x12932 ncpu) (bvult (bvsub ?x12800 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12932 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12321 (bvlshr (bvsub ?x12800 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10703 (and (bvult ?x12321 ncpu) (bvult (bvsub ?x12800 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12321 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9606 (bvlshr (bvsub ?x12800 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14391 (and (bvult ?x9606 ncpu) (bvult (bvsub ?x12800 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9606 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x15531 (bvlshr (bvsub ?x16117 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4586 (and (bvult ?x15531 ncpu) (bvult (bvsub ?x16117 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15531 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17677 (bvlshr (bvsub ?x16117 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16827 (and (bvult ?x17677 ncpu) (bvult (bvsub ?x16117 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17677 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10163 (bvlshr (bvsub ?x16117 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15592 (and (bvult ?x10163 ncpu) (bvult (bvsub ?x16117 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10163 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15592 $x16827 $x4586 (bvult (bvsub ?x16117 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x14391 $x10703 $x6994 (bvult (bvsub ?x12800 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
