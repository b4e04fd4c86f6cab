; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:148:3
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
 (let ((?x453 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x10465 (bvadd ?x453 (_ bv16360 64))))
 (let ((?x13835 (bvadd ?x10465 (_ bv7 64))))
 (let ((?x8748 (bvlshr (bvsub ?x13835 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10065 (and (bvult ?x8748 ncpu) (bvult (bvsub ?x13835 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8748 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x19205 (bvlshr (bvsub ?x13835 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1729 (and (bvult ?x19205 ncpu) (bvult (bvsub ?x13835 (bvadd (_ bv18446741874687344640 64) (bvmul ?x19205 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14010 (bvlshr (bvsub ?x13835 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2329 (and (bvult ?x14010 ncpu) (bvult (bvsub ?x13835 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14010 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8061 (bvlshr (bvsub ?x10465 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18963 (and (bvult ?x8061 ncpu) (bvult (bvsub ?x10465 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8061 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10053 (bvlshr (bvsub ?x10465 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16633 (and (bvult ?x10053 ncpu) (bvult (bvsub ?x10465 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10053 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8494 (bvlshr (bvsub ?x10465 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6117 (and (bvult ?x8494 ncpu) (bvult (bvsub ?x10465 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8494 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6117 $x16633 $x18963 (bvult (bvsub ?x10465 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x2329 $x1729 $x10065 (bvult (bvsub ?x13835 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
