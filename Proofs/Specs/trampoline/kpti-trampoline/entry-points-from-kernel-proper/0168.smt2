; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:191:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16045 (bvadd ?x15367 (_ bv18446744073709551512 64))))
 (let ((?x15729 (bvadd ?x16045 (_ bv7 64))))
 (let ((?x17830 (bvlshr (bvsub ?x15729 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17892 (and (bvult ?x17830 ncpu) (bvult (bvsub ?x15729 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17830 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12092 (bvlshr (bvsub ?x15729 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13206 (and (bvult ?x12092 ncpu) (bvult (bvsub ?x15729 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12092 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15028 (bvlshr (bvsub ?x15729 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3334 (and (bvult ?x15028 ncpu) (bvult (bvsub ?x15729 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15028 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x17622 (bvlshr (bvsub ?x16045 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17355 (and (bvult ?x17622 ncpu) (bvult (bvsub ?x16045 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17622 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14707 (bvlshr (bvsub ?x16045 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10362 (and (bvult ?x14707 ncpu) (bvult (bvsub ?x16045 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14707 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16127 (bvlshr (bvsub ?x16045 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2245 (and (bvult ?x16127 ncpu) (bvult (bvsub ?x16045 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16127 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2245 $x10362 $x17355 (bvult (bvsub ?x16045 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x3334 $x13206 $x17892 (bvult (bvsub ?x15729 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
