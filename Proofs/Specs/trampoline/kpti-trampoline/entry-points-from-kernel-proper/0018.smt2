; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:180:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3509 (bvadd ?x7602 (_ bv18446744073709551560 64))))
 (let ((?x7439 (bvadd ?x3509 (_ bv7 64))))
 (let ((?x7006 (bvlshr (bvsub ?x7439 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5597 (and (bvult ?x7006 ncpu) (bvult (bvsub ?x7439 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7006 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5295 (bvlshr (bvsub ?x7439 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8584 (and (bvult ?x5295 ncpu) (bvult (bvsub ?x7439 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5295 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6320 (bvlshr (bvsub ?x7439 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2849 (and (bvult ?x6320 ncpu) (bvult (bvsub ?x7439 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6320 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8475 (bvlshr (bvsub ?x3509 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4233 (and (bvult ?x8475 ncpu) (bvult (bvsub ?x3509 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8475 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1832 (bvlshr (bvsub ?x3509 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8622 (and (bvult ?x1832 ncpu) (bvult (bvsub ?x3509 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1832 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4535 (bvlshr (bvsub ?x3509 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8554 (and (bvult ?x4535 ncpu) (bvult (bvsub ?x3509 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4535 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8554 $x8622 $x4233 (bvult (bvsub ?x3509 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2849 $x8584 $x5597 (bvult (bvsub ?x7439 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
