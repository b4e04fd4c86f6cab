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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x7644 (bvadd ?x9097 (_ bv18446744073709551520 64))))
 (let ((?x481 (bvadd ?x7644 (_ bv7 64))))
 (let ((?x12045 (bvlshr (bvsub ?x481 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5504 (and (bvult ?x12045 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12045 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12373 (bvlshr (bvsub ?x481 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x296 (and (bvult ?x12373 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12373 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7182 (bvlshr (bvsub ?x481 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5424 (and (bvult ?x7182 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7182 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12340 (bvlshr (bvsub ?x7644 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12107 (and (bvult ?x12340 ncpu) (bvult (bvsub ?x7644 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12340 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2412 (bvlshr (bvsub ?x7644 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10546 (and (bvult ?x2412 ncpu) (bvult (bvsub ?x7644 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2412 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12503 (bvlshr (bvsub ?x7644 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3367 (and (bvult ?x12503 ncpu) (bvult (bvsub ?x7644 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12503 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3367 $x10546 $x12107 (bvult (bvsub ?x7644 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5424 $x296 $x5504 (bvult (bvsub ?x481 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
