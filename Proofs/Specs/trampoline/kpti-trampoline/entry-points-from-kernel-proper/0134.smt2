; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x11119 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x2149 (bvadd ?x11119 (_ bv18446744073709551576 64))))
 (let ((?x10716 (bvadd ?x2149 (_ bv7 64))))
 (let ((?x14016 (bvlshr (bvsub ?x10716 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6351 (and (bvult ?x14016 ncpu) (bvult (bvsub ?x10716 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14016 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13238 (bvlshr (bvsub ?x10716 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3828 (and (bvult ?x13238 ncpu) (bvult (bvsub ?x10716 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13238 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16488 (bvlshr (bvsub ?x10716 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13502 (and (bvult ?x16488 ncpu) (bvult (bvsub ?x10716 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16488 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9839 (bvlshr (bvsub ?x2149 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11568 (and (bvult ?x9839 ncpu) (bvult (bvsub ?x2149 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9839 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5541 (bvlshr (bvsub ?x2149 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13742 (and (bvult ?x5541 ncpu) (bvult (bvsub ?x2149 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5541 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15441 (bvlshr (bvsub ?x2149 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16399 (and (bvult ?x15441 ncpu) (bvult (bvsub ?x2149 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15441 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x16399 $x13742 $x11568 (bvult (bvsub ?x2149 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13502 $x3828 $x6351 (bvult (bvsub ?x10716 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
