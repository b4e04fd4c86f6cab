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
 (let ((?x5673 (bvadd ?x9097 (_ bv18446744073709551584 64))))
 (let ((?x9287 (bvadd ?x5673 (_ bv7 64))))
 (let ((?x6162 (bvlshr (bvsub ?x9287 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9029 (and (bvult ?x6162 ncpu) (bvult (bvsub ?x9287 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6162 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4569 (bvlshr (bvsub ?x9287 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1249 (and (bvult ?x4569 ncpu) (bvult (bvsub ?x9287 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4569 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10637 (bvlshr (bvsub ?x9287 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11855 (and (bvult ?x10637 ncpu) (bvult (bvsub ?x9287 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10637 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8636 (bvlshr (bvsub ?x5673 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11863 (and (bvult ?x8636 ncpu) (bvult (bvsub ?x5673 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8636 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9201 (bvlshr (bvsub ?x5673 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2211 (and (bvult ?x9201 ncpu) (bvult (bvsub ?x5673 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9201 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10486 (bvlshr (bvsub ?x5673 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1349 (and (bvult ?x10486 ncpu) (bvult (bvsub ?x5673 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10486 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1349 $x2211 $x11863 (bvult (bvsub ?x5673 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11855 $x1249 $x9029 (bvult (bvsub ?x9287 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
