; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x17620 (bvadd ?x10437 (_ bv18446744073709551504 64))))
 (let ((?x15404 (bvadd ?x17620 (_ bv7 64))))
 (let (($x12339 (bvult (bvsub ?x15404 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x18033 (bvlshr (bvsub ?x15404 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12398 (and (bvult ?x18033 ncpu) (bvult (bvsub ?x15404 (bvadd (_ bv18446683600570023936 64) (bvmul ?x18033 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15324 (bvlshr (bvsub ?x15404 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15860 (and (bvult ?x15324 ncpu) (bvult (bvsub ?x15404 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15324 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11754 (bvlshr (bvsub ?x15404 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14849 (and (bvult ?x11754 ncpu) (bvult (bvsub ?x15404 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11754 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16568 (or (bvult (bvsub ?x15404 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15404 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15404 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14849 $x15860 $x12398 $x12339)))
 (let (($x16367 (bvult (bvsub ?x17620 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16384 (bvlshr (bvsub ?x17620 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10691 (and (bvult ?x16384 ncpu) (bvult (bvsub ?x17620 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16384 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17387 (bvlshr (bvsub ?x17620 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10152 (and (bvult ?x17387 ncpu) (bvult (bvsub ?x17620 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17387 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5321 (bvlshr (bvsub ?x17620 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17914 (and (bvult ?x5321 ncpu) (bvult (bvsub ?x17620 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5321 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18932 (or (bvult (bvsub ?x17620 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17620 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17620 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17914 $x10152 $x10691 $x16367)))
 (or (not $x18932) (not $x16568))))))))))))))))))))))
(check-sat)
