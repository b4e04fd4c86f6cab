; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:240:3
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
 (let ((?x9321 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x20290 (bvadd ?x9321 (_ bv16368 64))))
 (let ((?x12074 (bvadd ?x20290 (_ bv7 64))))
 (let ((?x18982 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15029 (and (bvult ?x18982 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18982 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8476 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19113 (and (bvult ?x8476 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8476 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18801 (bvlshr (bvsub ?x12074 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12652 (and (bvult ?x18801 ncpu) (bvult (bvsub ?x12074 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18801 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11528 (or (bvult (bvsub ?x12074 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12074 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12074 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12652 $x19113 $x15029 (bvult (bvsub ?x12074 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x13330 (bvlshr (bvsub ?x20290 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17541 (and (bvult ?x13330 ncpu) (bvult (bvsub ?x20290 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13330 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18757 (bvlshr (bvsub ?x20290 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11806 (and (bvult ?x18757 ncpu) (bvult (bvsub ?x20290 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18757 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15993 (bvlshr (bvsub ?x20290 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10986 (and (bvult ?x15993 ncpu) (bvult (bvsub ?x20290 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15993 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12283 (or (bvult (bvsub ?x20290 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x20290 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x20290 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10986 $x11806 $x17541 (bvult (bvsub ?x20290 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x12283) (not $x11528))))))))))))))))))))
(check-sat)
