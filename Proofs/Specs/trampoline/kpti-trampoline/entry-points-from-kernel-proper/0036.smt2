; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x5236 (bvadd ?x4233 (_ bv18446744073709551488 64))))
 (let ((?x1968 (bvadd ?x5236 (_ bv7 64))))
 (let ((?x2762 (bvlshr (bvsub ?x1968 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6863 (and (bvult ?x2762 ncpu) (bvult (bvsub ?x1968 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2762 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5274 (bvlshr (bvsub ?x1968 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9052 (and (bvult ?x5274 ncpu) (bvult (bvsub ?x1968 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5274 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8389 (bvlshr (bvsub ?x1968 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5903 (and (bvult ?x8389 ncpu) (bvult (bvsub ?x1968 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8389 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1337 (bvlshr (bvsub ?x5236 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7313 (and (bvult ?x1337 ncpu) (bvult (bvsub ?x5236 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1337 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9208 (bvlshr (bvsub ?x5236 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5910 (and (bvult ?x9208 ncpu) (bvult (bvsub ?x5236 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9208 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6559 (bvlshr (bvsub ?x5236 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3085 (and (bvult ?x6559 ncpu) (bvult (bvsub ?x5236 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6559 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3085 $x5910 $x7313 (bvult (bvsub ?x5236 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5903 $x9052 $x6863 (bvult (bvsub ?x1968 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
