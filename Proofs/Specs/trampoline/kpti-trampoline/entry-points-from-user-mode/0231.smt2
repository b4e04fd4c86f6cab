; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x920 (bvmul (_ bv0 64) (_ bv65536 64))))
 (let ((?x2845 (bvadd (_ bv18446741874687344640 64) ?x920)))
 (let ((?x11143 (bvadd ?x2845 (_ bv4096 64))))
 (let ((?x41256 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x49780 (bvadd ?x41256 (_ bv18446744073709551568 64))))
 (let ((?x62751 (bvadd ?x49780 (_ bv8 64))))
 (let ((?x62846 (bvadd (bvand ?x62751 (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x53016 (bvlshr (bvsub ?x62846 ?x11143) (_ bv16 64))))
 (let (($x58838 (and (bvult ?x53016 ncpu) (bvult (bvsub ?x62846 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x53016 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x55690 (bvlshr (bvsub ?x62846 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x60182 (bvult (bvsub ?x62846 (bvadd (_ bv18446683600570023936 64) (bvmul ?x55690 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x65634 (bvult ?x55690 ncpu)))
 (not (or (and $x65634 $x60182) $x58838)))))))))))))))
(check-sat)
