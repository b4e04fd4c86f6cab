; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x165 (bvmul c!6 (_ bv65536 64))))
 (let ((?x6701 (bvadd (_ bv18446741874687344640 64) ?x165)))
 (let ((?x13806 (bvadd ?x6701 (_ bv8176 64))))
 (let ((?x6092 (bvadd ?x13806 (_ bv7 64))))
 (let ((?x15635 (bvlshr (bvsub ?x6092 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1041 (and (bvult ?x15635 ncpu) (bvult (bvsub ?x6092 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15635 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10487 (bvlshr (bvsub ?x6092 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10472 (and (bvult ?x10487 ncpu) (bvult (bvsub ?x6092 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10487 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x20068 (bvlshr (bvsub ?x6092 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13322 (and (bvult ?x20068 ncpu) (bvult (bvsub ?x6092 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20068 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4282 (bvlshr (bvsub ?x13806 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6008 (and (bvult ?x4282 ncpu) (bvult (bvsub ?x13806 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4282 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x20339 (bvlshr (bvsub ?x13806 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10925 (and (bvult ?x20339 ncpu) (bvult (bvsub ?x13806 (bvadd (_ bv18446741874687344640 64) (bvmul ?x20339 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17431 (bvlshr (bvsub ?x13806 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4727 (and (bvult ?x17431 ncpu) (bvult (bvsub ?x13806 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17431 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4727 $x10925 $x6008 (bvult (bvsub ?x13806 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13322 $x10472 $x1041 (bvult (bvsub ?x6092 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
