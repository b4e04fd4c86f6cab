; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:185:3
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
 (let ((?x4858 (bvadd ?x3058 (_ bv18446744073709551560 64))))
 (let ((?x3244 (bvadd ?x4858 (_ bv7 64))))
 (let ((?x1842 (bvlshr (bvsub ?x3244 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6451 (and (bvult ?x1842 ncpu) (bvult (bvsub ?x3244 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1842 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5794 (bvlshr (bvsub ?x3244 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4218 (and (bvult ?x5794 ncpu) (bvult (bvsub ?x3244 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5794 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3586 (bvlshr (bvsub ?x3244 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5048 (and (bvult ?x3586 ncpu) (bvult (bvsub ?x3244 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3586 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6296 (bvlshr (bvsub ?x4858 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5502 (and (bvult ?x6296 ncpu) (bvult (bvsub ?x4858 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6296 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5680 (bvlshr (bvsub ?x4858 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6404 (and (bvult ?x5680 ncpu) (bvult (bvsub ?x4858 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5680 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7371 (bvlshr (bvsub ?x4858 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3067 (and (bvult ?x7371 ncpu) (bvult (bvsub ?x4858 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7371 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3067 $x6404 $x5502 (bvult (bvsub ?x4858 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5048 $x4218 $x6451 (bvult (bvsub ?x3244 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
