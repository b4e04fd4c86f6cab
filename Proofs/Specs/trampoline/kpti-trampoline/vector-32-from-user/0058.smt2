; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:157:3
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
 (let ((?x4072 (bvadd ?x6701 (_ bv8160 64))))
 (let ((?x4925 (bvadd ?x4072 (_ bv7 64))))
 (let ((?x19212 (bvlshr (bvsub ?x4925 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12031 (and (bvult ?x19212 ncpu) (bvult (bvsub ?x4925 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19212 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11613 (bvlshr (bvsub ?x4925 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11837 (and (bvult ?x11613 ncpu) (bvult (bvsub ?x4925 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11613 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11914 (bvlshr (bvsub ?x4925 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19043 (and (bvult ?x11914 ncpu) (bvult (bvsub ?x4925 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11914 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8355 (bvlshr (bvsub ?x4072 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15065 (and (bvult ?x8355 ncpu) (bvult (bvsub ?x4072 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8355 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16162 (bvlshr (bvsub ?x4072 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15576 (and (bvult ?x16162 ncpu) (bvult (bvsub ?x4072 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16162 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8016 (bvlshr (bvsub ?x4072 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15984 (and (bvult ?x8016 ncpu) (bvult (bvsub ?x4072 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8016 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15984 $x15576 $x15065 (bvult (bvsub ?x4072 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x19043 $x11837 $x12031 (bvult (bvsub ?x4925 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
