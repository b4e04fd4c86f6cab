; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x8477 (bvadd ?x9097 (_ bv18446744073709551608 64))))
 (let ((?x10507 (bvadd ?x8477 (_ bv7 64))))
 (let (($x2179 (bvult (bvsub ?x10507 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4436 (bvlshr (bvsub ?x10507 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2235 (and (bvult ?x4436 ncpu) (bvult (bvsub ?x10507 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4436 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5106 (bvlshr (bvsub ?x10507 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4560 (and (bvult ?x5106 ncpu) (bvult (bvsub ?x10507 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5106 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11642 (bvlshr (bvsub ?x10507 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11659 (and (bvult ?x11642 ncpu) (bvult (bvsub ?x10507 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11642 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x13920 (or (bvult (bvsub ?x10507 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10507 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10507 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11659 $x4560 $x2235 $x2179)))
 (let (($x1611 (bvult (bvsub ?x8477 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11610 (bvlshr (bvsub ?x8477 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1483 (and (bvult ?x11610 ncpu) (bvult (bvsub ?x8477 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11610 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5231 (bvlshr (bvsub ?x8477 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10689 (and (bvult ?x5231 ncpu) (bvult (bvsub ?x8477 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5231 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9256 (bvlshr (bvsub ?x8477 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8529 (and (bvult ?x9256 ncpu) (bvult (bvsub ?x8477 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9256 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10289 (or (bvult (bvsub ?x8477 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8477 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8477 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8529 $x10689 $x1483 $x1611)))
 (or (not $x10289) (not $x13920))))))))))))))))))))))
(check-sat)
