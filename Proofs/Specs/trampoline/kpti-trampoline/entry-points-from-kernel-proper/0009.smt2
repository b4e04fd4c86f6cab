; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5361 (bvadd ?x4233 (_ bv18446744073709551592 64))))
 (let ((?x6991 (bvadd ?x5361 (_ bv7 64))))
 (let ((?x5243 (bvlshr (bvsub ?x6991 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4930 (and (bvult ?x5243 ncpu) (bvult (bvsub ?x6991 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5243 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5021 (bvlshr (bvsub ?x6991 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5394 (and (bvult ?x5021 ncpu) (bvult (bvsub ?x6991 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5021 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5877 (bvlshr (bvsub ?x6991 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4993 (and (bvult ?x5877 ncpu) (bvult (bvsub ?x6991 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5877 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5443 (bvlshr (bvsub ?x5361 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6685 (and (bvult ?x5443 ncpu) (bvult (bvsub ?x5361 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5443 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7579 (bvlshr (bvsub ?x5361 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4437 (and (bvult ?x7579 ncpu) (bvult (bvsub ?x5361 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7579 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5551 (bvlshr (bvsub ?x5361 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7782 (and (bvult ?x5551 ncpu) (bvult (bvsub ?x5361 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5551 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7782 $x4437 $x6685 (bvult (bvsub ?x5361 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4993 $x5394 $x4930 (bvult (bvsub ?x6991 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
