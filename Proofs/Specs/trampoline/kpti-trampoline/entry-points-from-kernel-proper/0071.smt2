; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4117 (bvadd ?x5362 (_ bv18446744073709551584 64))))
 (let ((?x9016 (bvadd ?x4117 (_ bv7 64))))
 (let ((?x9917 (bvlshr (bvsub ?x9016 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9923 (and (bvult ?x9917 ncpu) (bvult (bvsub ?x9016 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9917 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9909 (bvlshr (bvsub ?x9016 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9915 (and (bvult ?x9909 ncpu) (bvult (bvsub ?x9016 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9909 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9892 (bvlshr (bvsub ?x9016 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9907 (and (bvult ?x9892 ncpu) (bvult (bvsub ?x9016 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9892 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9927 (not (or $x9907 $x9915 $x9923 (bvult (bvsub ?x9016 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x9342 (bvlshr (bvsub ?x4117 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9889 (and (bvult ?x9342 ncpu) (bvult (bvsub ?x4117 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9342 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5155 (bvlshr (bvsub ?x4117 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3233 (and (bvult ?x5155 ncpu) (bvult (bvsub ?x4117 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5155 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3530 (bvlshr (bvsub ?x4117 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4733 (and (bvult ?x3530 ncpu) (bvult (bvsub ?x4117 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3530 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9891 (not (or $x4733 $x3233 $x9889 (bvult (bvsub ?x4117 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x9891 $x9927)))))))))))))))))))
(check-sat)
