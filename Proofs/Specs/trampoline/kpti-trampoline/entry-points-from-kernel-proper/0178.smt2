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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x18467 (bvadd ?x15367 (_ bv18446744073709551488 64))))
 (let ((?x9807 (bvadd ?x18467 (_ bv7 64))))
 (let (($x13169 (bvult (bvsub ?x9807 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17342 (bvlshr (bvsub ?x9807 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18550 (and (bvult ?x17342 ncpu) (bvult (bvsub ?x9807 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17342 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16161 (bvlshr (bvsub ?x9807 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8214 (and (bvult ?x16161 ncpu) (bvult (bvsub ?x9807 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16161 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9488 (bvlshr (bvsub ?x9807 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17928 (and (bvult ?x9488 ncpu) (bvult (bvsub ?x9807 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9488 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8014 (or (bvult (bvsub ?x9807 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9807 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9807 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17928 $x8214 $x18550 $x13169)))
 (let (($x17087 (bvult (bvsub ?x18467 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6264 (bvlshr (bvsub ?x18467 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16942 (and (bvult ?x6264 ncpu) (bvult (bvsub ?x18467 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6264 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17793 (bvlshr (bvsub ?x18467 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12814 (and (bvult ?x17793 ncpu) (bvult (bvsub ?x18467 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17793 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17449 (bvlshr (bvsub ?x18467 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15469 (and (bvult ?x17449 ncpu) (bvult (bvsub ?x18467 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17449 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3441 (or (bvult (bvsub ?x18467 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x18467 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x18467 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15469 $x12814 $x16942 $x17087)))
 (or (not $x3441) (not $x8014))))))))))))))))))))))
(check-sat)
