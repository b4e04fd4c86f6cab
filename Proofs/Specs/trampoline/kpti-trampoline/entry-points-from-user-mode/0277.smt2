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
 (let ((?x7013 (bvmul c!6 (_ bv65536 64))))
 (let ((?x13212 (bvadd (_ bv18446741874687344640 64) ?x7013)))
 (let ((?x72153 (bvadd ?x13212 (_ bv8152 64))))
 (let ((?x63026 (bvadd ?x72153 (_ bv7 64))))
 (let ((?x62708 (bvlshr (bvsub ?x63026 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x58314 (and (bvult ?x62708 ncpu) (bvult (bvsub ?x63026 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62708 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x33010 (bvlshr (bvsub ?x63026 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x73447 (and (bvult ?x33010 ncpu) (bvult (bvsub ?x63026 (bvadd (_ bv18446741874687344640 64) (bvmul ?x33010 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x65259 (bvlshr (bvsub ?x63026 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72268 (and (bvult ?x65259 ncpu) (bvult (bvsub ?x63026 (bvadd (_ bv18446612686364999680 64) (bvmul ?x65259 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x66140 (bvlshr (bvsub ?x72153 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72358 (and (bvult ?x66140 ncpu) (bvult (bvsub ?x72153 (bvadd (_ bv18446683600570023936 64) (bvmul ?x66140 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x66848 (bvlshr (bvsub ?x72153 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72073 (and (bvult ?x66848 ncpu) (bvult (bvsub ?x72153 (bvadd (_ bv18446741874687344640 64) (bvmul ?x66848 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x60053 (bvlshr (bvsub ?x72153 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69295 (and (bvult ?x60053 ncpu) (bvult (bvsub ?x72153 (bvadd (_ bv18446612686364999680 64) (bvmul ?x60053 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x69295 $x72073 $x72358 (bvult (bvsub ?x72153 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x72268 $x73447 $x58314 (bvult (bvsub ?x63026 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
