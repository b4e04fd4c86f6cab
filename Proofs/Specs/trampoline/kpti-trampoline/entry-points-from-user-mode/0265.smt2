; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x7013 (bvmul c!6 (_ bv65536 64))))
 (let ((?x13212 (bvadd (_ bv18446741874687344640 64) ?x7013)))
 (let ((?x65044 (bvadd ?x13212 (_ bv8176 64))))
 (let ((?x73398 (bvadd ?x65044 (_ bv7 64))))
 (let ((?x59866 (bvlshr (bvsub ?x73398 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x50087 (and (bvult ?x59866 ncpu) (bvult (bvsub ?x73398 (bvadd (_ bv18446683600570023936 64) (bvmul ?x59866 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x54263 (bvlshr (bvsub ?x73398 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x64326 (and (bvult ?x54263 ncpu) (bvult (bvsub ?x73398 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54263 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x64028 (bvlshr (bvsub ?x73398 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x42710 (and (bvult ?x64028 ncpu) (bvult (bvsub ?x73398 (bvadd (_ bv18446612686364999680 64) (bvmul ?x64028 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x72419 (bvlshr (bvsub ?x65044 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x66229 (and (bvult ?x72419 ncpu) (bvult (bvsub ?x65044 (bvadd (_ bv18446683600570023936 64) (bvmul ?x72419 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x57981 (bvlshr (bvsub ?x65044 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59923 (and (bvult ?x57981 ncpu) (bvult (bvsub ?x65044 (bvadd (_ bv18446741874687344640 64) (bvmul ?x57981 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x45082 (bvlshr (bvsub ?x65044 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53685 (and (bvult ?x45082 ncpu) (bvult (bvsub ?x65044 (bvadd (_ bv18446612686364999680 64) (bvmul ?x45082 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x53685 $x59923 $x66229 (bvult (bvsub ?x65044 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x42710 $x64326 $x50087 (bvult (bvsub ?x73398 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
