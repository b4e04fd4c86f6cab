; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:158:3
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
 (let ((?x20441 (bvadd ?x6701 (_ bv8152 64))))
 (let ((?x16652 (bvadd ?x20441 (_ bv7 64))))
 (let ((?x984 (bvlshr (bvsub ?x16652 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5100 (and (bvult ?x984 ncpu) (bvult (bvsub ?x16652 (bvadd (_ bv18446683600570023936 64) (bvmul ?x984 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15167 (bvlshr (bvsub ?x16652 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10198 (and (bvult ?x15167 ncpu) (bvult (bvsub ?x16652 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15167 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5999 (bvlshr (bvsub ?x16652 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6313 (and (bvult ?x5999 ncpu) (bvult (bvsub ?x16652 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5999 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13916 (bvlshr (bvsub ?x20441 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18319 (and (bvult ?x13916 ncpu) (bvult (bvsub ?x20441 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13916 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11594 (bvlshr (bvsub ?x20441 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1370 (and (bvult ?x11594 ncpu) (bvult (bvsub ?x20441 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11594 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2700 (bvlshr (bvsub ?x20441 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4709 (and (bvult ?x2700 ncpu) (bvult (bvsub ?x20441 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2700 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4709 $x1370 $x18319 (bvult (bvsub ?x20441 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6313 $x10198 $x5100 (bvult (bvsub ?x16652 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
