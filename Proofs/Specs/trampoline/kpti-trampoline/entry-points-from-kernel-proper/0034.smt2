; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:193:3
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
 (let ((?x7365 (bvadd ?x3058 (_ bv18446744073709551496 64))))
 (let ((?x8233 (bvadd ?x7365 (_ bv7 64))))
 (let ((?x1851 (bvlshr (bvsub ?x8233 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3576 (and (bvult ?x1851 ncpu) (bvult (bvsub ?x8233 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1851 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5052 (bvlshr (bvsub ?x8233 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7750 (and (bvult ?x5052 ncpu) (bvult (bvsub ?x8233 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5052 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4364 (bvlshr (bvsub ?x8233 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5637 (and (bvult ?x4364 ncpu) (bvult (bvsub ?x8233 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4364 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5969 (bvlshr (bvsub ?x7365 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8041 (and (bvult ?x5969 ncpu) (bvult (bvsub ?x7365 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5969 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5642 (bvlshr (bvsub ?x7365 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8108 (and (bvult ?x5642 ncpu) (bvult (bvsub ?x7365 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5642 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4933 (bvlshr (bvsub ?x7365 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6895 (and (bvult ?x4933 ncpu) (bvult (bvsub ?x7365 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4933 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6895 $x8108 $x8041 (bvult (bvsub ?x7365 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5637 $x7750 $x3576 (bvult (bvsub ?x8233 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
