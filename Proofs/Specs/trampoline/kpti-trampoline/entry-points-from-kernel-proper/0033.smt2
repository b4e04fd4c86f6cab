; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:192:3
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
 (let ((?x1152 (bvadd ?x3058 (_ bv18446744073709551504 64))))
 (let ((?x8515 (bvadd ?x1152 (_ bv7 64))))
 (let ((?x7287 (bvlshr (bvsub ?x8515 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8660 (and (bvult ?x7287 ncpu) (bvult (bvsub ?x8515 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7287 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5016 (bvlshr (bvsub ?x8515 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7010 (and (bvult ?x5016 ncpu) (bvult (bvsub ?x8515 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5016 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6537 (bvlshr (bvsub ?x8515 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5039 (and (bvult ?x6537 ncpu) (bvult (bvsub ?x8515 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6537 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1702 (bvlshr (bvsub ?x1152 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3832 (and (bvult ?x1702 ncpu) (bvult (bvsub ?x1152 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1702 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5400 (bvlshr (bvsub ?x1152 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4167 (and (bvult ?x5400 ncpu) (bvult (bvsub ?x1152 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5400 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5496 (bvlshr (bvsub ?x1152 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7224 (and (bvult ?x5496 ncpu) (bvult (bvsub ?x1152 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5496 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7224 $x4167 $x3832 (bvult (bvsub ?x1152 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5039 $x7010 $x8660 (bvult (bvsub ?x8515 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
