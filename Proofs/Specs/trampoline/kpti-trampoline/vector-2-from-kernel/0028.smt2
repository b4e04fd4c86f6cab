; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x1447 (bvadd ?x1435 (_ bv18446744073709551520 64))))
 (let ((?x7341 (bvadd ?x1447 (_ bv7 64))))
 (let ((?x9327 (bvlshr (bvsub ?x7341 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7465 (and (bvult ?x9327 ncpu) (bvult (bvsub ?x7341 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9327 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4157 (bvlshr (bvsub ?x7341 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9256 (and (bvult ?x4157 ncpu) (bvult (bvsub ?x7341 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4157 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6745 (bvlshr (bvsub ?x7341 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9251 (and (bvult ?x6745 ncpu) (bvult (bvsub ?x7341 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6745 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8069 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3069 (and (bvult ?x8069 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8069 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4895 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1793 (and (bvult ?x4895 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4895 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8868 (bvlshr (bvsub ?x1447 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8269 (and (bvult ?x8868 ncpu) (bvult (bvsub ?x1447 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8868 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x8269 $x1793 $x3069 (bvult (bvsub ?x1447 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x9251 $x9256 $x7465 (bvult (bvsub ?x7341 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
