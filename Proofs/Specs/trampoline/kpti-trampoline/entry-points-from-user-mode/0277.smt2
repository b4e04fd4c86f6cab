; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x4822 (bvmul c!6 (_ bv65536 64))))
 (let ((?x11150 (bvadd (_ bv18446741874687344640 64) ?x4822)))
 (let ((?x68948 (bvadd ?x11150 (_ bv8152 64))))
 (let ((?x59279 (bvadd ?x68948 (_ bv7 64))))
 (let ((?x65147 (bvlshr (bvsub ?x59279 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x55722 (and (bvult ?x65147 ncpu) (bvult (bvsub ?x59279 (bvadd (_ bv18446683600570023936 64) (bvmul ?x65147 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x68612 (bvlshr (bvsub ?x59279 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67823 (and (bvult ?x68612 ncpu) (bvult (bvsub ?x59279 (bvadd (_ bv18446741874687344640 64) (bvmul ?x68612 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x74571 (bvlshr (bvsub ?x59279 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51039 (and (bvult ?x74571 ncpu) (bvult (bvsub ?x59279 (bvadd (_ bv18446612686364999680 64) (bvmul ?x74571 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x58205 (bvlshr (bvsub ?x68948 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70814 (and (bvult ?x58205 ncpu) (bvult (bvsub ?x68948 (bvadd (_ bv18446683600570023936 64) (bvmul ?x58205 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x68944 (bvlshr (bvsub ?x68948 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68742 (and (bvult ?x68944 ncpu) (bvult (bvsub ?x68948 (bvadd (_ bv18446741874687344640 64) (bvmul ?x68944 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x72208 (bvlshr (bvsub ?x68948 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70566 (and (bvult ?x72208 ncpu) (bvult (bvsub ?x68948 (bvadd (_ bv18446612686364999680 64) (bvmul ?x72208 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x70566 $x68742 $x70814 (bvult (bvsub ?x68948 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x51039 $x67823 $x55722 (bvult (bvsub ?x59279 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
