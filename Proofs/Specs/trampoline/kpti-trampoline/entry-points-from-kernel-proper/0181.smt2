; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:218:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16407 (bvadd ?x10437 (_ bv18446744073709551544 64))))
 (let ((?x15008 (bvadd ?x16407 (_ bv7 64))))
 (let (($x11536 (bvult (bvsub ?x15008 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16446 (bvlshr (bvsub ?x15008 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6493 (and (bvult ?x16446 ncpu) (bvult (bvsub ?x15008 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16446 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10333 (bvlshr (bvsub ?x15008 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14701 (and (bvult ?x10333 ncpu) (bvult (bvsub ?x15008 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10333 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15359 (bvlshr (bvsub ?x15008 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15634 (and (bvult ?x15359 ncpu) (bvult (bvsub ?x15008 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15359 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18264 (or (bvult (bvsub ?x15008 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15008 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15008 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15634 $x14701 $x6493 $x11536)))
 (let (($x14916 (bvult (bvsub ?x16407 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16123 (bvlshr (bvsub ?x16407 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16498 (and (bvult ?x16123 ncpu) (bvult (bvsub ?x16407 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16123 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14288 (bvlshr (bvsub ?x16407 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11213 (and (bvult ?x14288 ncpu) (bvult (bvsub ?x16407 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14288 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15335 (bvlshr (bvsub ?x16407 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10315 (and (bvult ?x15335 ncpu) (bvult (bvsub ?x16407 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15335 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11606 (or (bvult (bvsub ?x16407 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16407 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16407 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10315 $x11213 $x16498 $x14916)))
 (or (not $x11606) (not $x18264))))))))))))))))))))))
(check-sat)
