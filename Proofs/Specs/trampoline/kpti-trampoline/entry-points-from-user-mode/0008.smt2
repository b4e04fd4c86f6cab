; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:126:3
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
 (let ((?x12762 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv20 64)) (_ bv0 64))))
 (let ((?x12731 (bvadd ?x12762 (_ bv7 64))))
 (let (($x11564 (bvult (bvsub ?x12731 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11540 (bvlshr (bvsub ?x12731 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11555 (bvult (bvsub ?x12731 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11540 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x11543 (bvult ?x11540 ncpu)))
 (let ((?x11516 (bvlshr (bvsub ?x12731 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11531 (bvult (bvsub ?x12731 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11516 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x11519 (bvult ?x11516 ncpu)))
 (let ((?x3405 (bvlshr (bvsub ?x12731 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6045 (bvult (bvsub ?x12731 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3405 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x3417 (bvult ?x3405 ncpu)))
 (let (($x4467 (or (bvult (bvsub ?x12731 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12731 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12731 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x3417 $x6045) (and $x11519 $x11531) (and $x11543 $x11555) $x11564)))
 (let (($x2955 (bvult (bvsub ?x12762 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x128 (bvlshr (bvsub ?x12762 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3334 (bvult (bvsub ?x12762 (bvadd (_ bv18446683600570023936 64) (bvmul ?x128 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x10820 (bvult ?x128 ncpu)))
 (let ((?x10946 (bvlshr (bvsub ?x12762 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10996 (bvult (bvsub ?x12762 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10946 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x10956 (bvult ?x10946 ncpu)))
 (let ((?x12370 (bvlshr (bvsub ?x12762 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7516 (bvult (bvsub ?x12762 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12370 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x9917 (bvult ?x12370 ncpu)))
 (let (($x12676 (or (bvult (bvsub ?x12762 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12762 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12762 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x9917 $x7516) (and $x10956 $x10996) (and $x10820 $x3334) $x2955)))
 (or (not $x12676) (not $x4467)))))))))))))))))))))))))))
(check-sat)
