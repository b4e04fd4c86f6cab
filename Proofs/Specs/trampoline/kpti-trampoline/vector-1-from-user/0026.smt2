; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:183:3
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
 (let ((?x11679 (bvadd ?x6046 (_ bv18446744073709551536 64))))
 (let ((?x12651 (bvlshr (bvsub ?x11679 ?x18786) (_ bv16 64))))
 (let (($x19879 (and (bvult ?x12651 ncpu) (bvult (bvsub ?x11679 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x12651 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x13044 (bvlshr (bvsub ?x11679 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16661 (bvult (bvsub ?x11679 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13044 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x20029 (bvult ?x13044 ncpu)))
 (not (or (and $x20029 $x16661) $x19879)))))))))))))
(check-sat)
