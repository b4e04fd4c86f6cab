; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:181:3
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x1690 (bvadd ?x2989 (_ bv18446744073709551552 64))))
 (let ((?x5139 (bvadd ?x1690 (_ bv7 64))))
 (let ((?x7767 (bvlshr (bvsub ?x5139 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4611 (and (bvult ?x7767 ncpu) (bvult (bvsub ?x5139 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7767 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7384 (bvlshr (bvsub ?x5139 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7977 (and (bvult ?x7384 ncpu) (bvult (bvsub ?x5139 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7384 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3539 (bvlshr (bvsub ?x5139 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4371 (and (bvult ?x3539 ncpu) (bvult (bvsub ?x5139 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3539 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8836 (bvlshr (bvsub ?x1690 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7198 (and (bvult ?x8836 ncpu) (bvult (bvsub ?x1690 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8836 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5008 (bvlshr (bvsub ?x1690 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8502 (and (bvult ?x5008 ncpu) (bvult (bvsub ?x1690 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5008 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5407 (bvlshr (bvsub ?x1690 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5126 (and (bvult ?x5407 ncpu) (bvult (bvsub ?x1690 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5407 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5126 $x8502 $x7198 (bvult (bvsub ?x1690 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4371 $x7977 $x4611 (bvult (bvsub ?x5139 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
