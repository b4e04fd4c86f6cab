; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3889 (bvadd ?x5362 (_ bv18446744073709551488 64))))
 (let ((?x10941 (bvadd ?x3889 (_ bv7 64))))
 (let (($x10103 (bvult (bvsub ?x10941 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5114 (bvlshr (bvsub ?x10941 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10217 (and (bvult ?x5114 ncpu) (bvult (bvsub ?x10941 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5114 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10702 (bvlshr (bvsub ?x10941 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11126 (and (bvult ?x10702 ncpu) (bvult (bvsub ?x10941 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10702 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10037 (bvlshr (bvsub ?x10941 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11907 (and (bvult ?x10037 ncpu) (bvult (bvsub ?x10941 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10037 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12486 (or (bvult (bvsub ?x10941 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10941 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10941 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11907 $x11126 $x10217 $x10103)))
 (let (($x11122 (bvult (bvsub ?x3889 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9254 (bvlshr (bvsub ?x3889 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7279 (and (bvult ?x9254 ncpu) (bvult (bvsub ?x3889 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9254 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7276 (bvlshr (bvsub ?x3889 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4332 (and (bvult ?x7276 ncpu) (bvult (bvsub ?x3889 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7276 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6112 (bvlshr (bvsub ?x3889 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12053 (and (bvult ?x6112 ncpu) (bvult (bvsub ?x3889 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6112 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12056 (or (bvult (bvsub ?x3889 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3889 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3889 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12053 $x4332 $x7279 $x11122)))
 (or (not $x12056) (not $x12486))))))))))))))))))))))
(check-sat)
