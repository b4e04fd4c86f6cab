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
 (let ((?x10311 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x7473 (bvadd ?x10311 (_ bv18446744073709551584 64))))
 (let ((?x7053 (bvadd ?x7473 (_ bv7 64))))
 (let ((?x11665 (bvlshr (bvsub ?x7053 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10557 (and (bvult ?x11665 ncpu) (bvult (bvsub ?x7053 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11665 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10444 (bvlshr (bvsub ?x7053 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11556 (and (bvult ?x10444 ncpu) (bvult (bvsub ?x7053 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10444 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12752 (bvlshr (bvsub ?x7053 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2464 (and (bvult ?x12752 ncpu) (bvult (bvsub ?x7053 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12752 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7400 (bvlshr (bvsub ?x7473 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5414 (and (bvult ?x7400 ncpu) (bvult (bvsub ?x7473 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7400 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6162 (bvlshr (bvsub ?x7473 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3233 (and (bvult ?x6162 ncpu) (bvult (bvsub ?x7473 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6162 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3015 (bvlshr (bvsub ?x7473 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12388 (and (bvult ?x3015 ncpu) (bvult (bvsub ?x7473 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3015 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12388 $x3233 $x5414 (bvult (bvsub ?x7473 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2464 $x11556 $x10557 (bvult (bvsub ?x7053 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
