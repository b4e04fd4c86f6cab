; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x904 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2843 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x18786 (bvadd ?x2843 (_ bv4096 64))))
 (let ((?x6046 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x14828 (bvadd ?x6046 (_ bv18446744073709551568 64))))
 (let ((?x4806 (bvadd ?x14828 (_ bv8 64))))
 (let ((?x19284 (bvand ?x4806 (_ bv18446744073709551600 64))))
 (let ((?x15086 (bvadd ?x19284 (_ bv18446744073709551600 64))))
 (let ((?x27813 (bvlshr (bvsub ?x15086 ?x18786) (_ bv16 64))))
 (let (($x8834 (and (bvult ?x27813 ncpu) (bvult (bvsub ?x15086 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x27813 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x5236 (bvlshr (bvsub ?x15086 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x23857 (bvult (bvsub ?x15086 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5236 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x21789 (bvult ?x5236 ncpu)))
 (not (or (and $x21789 $x23857) $x8834))))))))))))))))
(check-sat)
