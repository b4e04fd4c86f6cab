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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5585 (bvadd ?x3058 (_ bv18446744073709551568 64))))
 (let ((?x7211 (bvadd ?x5585 (_ bv7 64))))
 (let ((?x2863 (bvlshr (bvsub ?x7211 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4945 (and (bvult ?x2863 ncpu) (bvult (bvsub ?x7211 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2863 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5893 (bvlshr (bvsub ?x7211 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4993 (and (bvult ?x5893 ncpu) (bvult (bvsub ?x7211 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5893 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1271 (bvlshr (bvsub ?x7211 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3351 (and (bvult ?x1271 ncpu) (bvult (bvsub ?x7211 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1271 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6468 (bvlshr (bvsub ?x5585 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6470 (and (bvult ?x6468 ncpu) (bvult (bvsub ?x5585 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6468 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4704 (bvlshr (bvsub ?x5585 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7286 (and (bvult ?x4704 ncpu) (bvult (bvsub ?x5585 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4704 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7114 (bvlshr (bvsub ?x5585 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3682 (and (bvult ?x7114 ncpu) (bvult (bvsub ?x5585 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7114 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3682 $x7286 $x6470 (bvult (bvsub ?x5585 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3351 $x4993 $x4945 (bvult (bvsub ?x7211 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
