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
 (let ((?x12455 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x5493 (bvadd ?x12455 (_ bv7 64))))
 (let ((?x12661 (bvlshr (bvsub ?x5493 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11089 (and (bvult ?x12661 ncpu) (bvult (bvsub ?x5493 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12661 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9302 (bvlshr (bvsub ?x5493 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12024 (and (bvult ?x9302 ncpu) (bvult (bvsub ?x5493 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9302 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4287 (bvlshr (bvsub ?x5493 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13243 (and (bvult ?x4287 ncpu) (bvult (bvsub ?x5493 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4287 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x3383 (bvlshr (bvsub ?x12455 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2571 (and (bvult ?x3383 ncpu) (bvult (bvsub ?x12455 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12192 (bvlshr (bvsub ?x12455 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12782 (and (bvult ?x12192 ncpu) (bvult (bvsub ?x12455 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12192 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4687 (bvlshr (bvsub ?x12455 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10585 (and (bvult ?x4687 ncpu) (bvult (bvsub ?x12455 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4687 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x10585 $x12782 $x2571 (bvult (bvsub ?x12455 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13243 $x12024 $x11089 (bvult (bvsub ?x5493 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
