; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:164:3
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
 (let ((?x2844 (bvadd (_ bv18446741874687344640 64) ?x904)))
 (let ((?x15090 (bvadd ?x2844 (_ bv4096 64))))
 (let ((?x165 (bvmul c!6 (_ bv65536 64))))
 (let ((?x6701 (bvadd (_ bv18446741874687344640 64) ?x165)))
 (let ((?x20441 (bvadd ?x6701 (_ bv8152 64))))
 (let ((?x7236 (bvand ?x20441 (_ bv18446744073709551600 64))))
 (let ((?x5198 (bvadd ?x7236 (_ bv18446744073709551584 64))))
 (let ((?x28313 (bvlshr (bvsub ?x5198 ?x15090) (_ bv16 64))))
 (let (($x3911 (and (bvult ?x28313 ncpu) (bvult (bvsub ?x5198 (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul ?x28313 (_ bv65536 64))) (_ bv4096 64))) (_ bv20480 64)))))
 (let ((?x17631 (bvlshr (bvsub ?x5198 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17573 (bvult (bvsub ?x5198 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17631 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x9539 (bvult ?x17631 ncpu)))
 (not (or (and $x9539 $x17573) $x3911))))))))))))))))
(check-sat)
