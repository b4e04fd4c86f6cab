; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x8446 (bvadd ?x7602 (_ bv18446744073709551552 64))))
 (let ((?x6485 (bvadd ?x8446 (_ bv7 64))))
 (let ((?x4725 (bvlshr (bvsub ?x6485 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5038 (and (bvult ?x4725 ncpu) (bvult (bvsub ?x6485 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4725 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7771 (bvlshr (bvsub ?x6485 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6449 (and (bvult ?x7771 ncpu) (bvult (bvsub ?x6485 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7771 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6681 (bvlshr (bvsub ?x6485 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8037 (and (bvult ?x6681 ncpu) (bvult (bvsub ?x6485 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6681 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8044 (bvlshr (bvsub ?x8446 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1927 (and (bvult ?x8044 ncpu) (bvult (bvsub ?x8446 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8044 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1097 (bvlshr (bvsub ?x8446 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7477 (and (bvult ?x1097 ncpu) (bvult (bvsub ?x8446 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1097 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5216 (bvlshr (bvsub ?x8446 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5905 (and (bvult ?x5216 ncpu) (bvult (bvsub ?x8446 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5216 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x5905 $x7477 $x1927 (bvult (bvsub ?x8446 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x8037 $x6449 $x5038 (bvult (bvsub ?x6485 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
