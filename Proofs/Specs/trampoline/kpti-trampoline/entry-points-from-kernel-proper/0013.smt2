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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3778 (bvadd ?x3058 (_ bv18446744073709551576 64))))
 (let ((?x5166 (bvadd ?x3778 (_ bv7 64))))
 (let ((?x4275 (bvlshr (bvsub ?x5166 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3593 (and (bvult ?x4275 ncpu) (bvult (bvsub ?x5166 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4275 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1318 (bvlshr (bvsub ?x5166 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5117 (and (bvult ?x1318 ncpu) (bvult (bvsub ?x5166 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1318 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3371 (bvlshr (bvsub ?x5166 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4428 (and (bvult ?x3371 ncpu) (bvult (bvsub ?x5166 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3371 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3741 (bvlshr (bvsub ?x3778 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3081 (and (bvult ?x3741 ncpu) (bvult (bvsub ?x3778 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3741 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3968 (bvlshr (bvsub ?x3778 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4289 (and (bvult ?x3968 ncpu) (bvult (bvsub ?x3778 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3968 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6355 (bvlshr (bvsub ?x3778 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4334 (and (bvult ?x6355 ncpu) (bvult (bvsub ?x3778 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6355 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4334 $x4289 $x3081 (bvult (bvsub ?x3778 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4428 $x5117 $x3593 (bvult (bvsub ?x5166 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
