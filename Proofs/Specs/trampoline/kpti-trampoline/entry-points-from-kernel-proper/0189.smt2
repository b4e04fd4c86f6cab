; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:136:3
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
 (let ((?x14265 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x3665 (bvadd ?x14265 (_ bv18446744073709551584 64))))
 (let ((?x5855 (bvadd ?x3665 (_ bv7 64))))
 (let (($x12124 (bvult (bvsub ?x5855 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2188 (bvlshr (bvsub ?x5855 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11374 (and (bvult ?x2188 ncpu) (bvult (bvsub ?x5855 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2188 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13254 (bvlshr (bvsub ?x5855 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1012 (and (bvult ?x13254 ncpu) (bvult (bvsub ?x5855 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13254 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16385 (bvlshr (bvsub ?x5855 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13498 (and (bvult ?x16385 ncpu) (bvult (bvsub ?x5855 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16385 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14574 (or (bvult (bvsub ?x5855 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5855 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5855 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13498 $x1012 $x11374 $x12124)))
 (let (($x14178 (bvult (bvsub ?x3665 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16521 (bvlshr (bvsub ?x3665 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16681 (and (bvult ?x16521 ncpu) (bvult (bvsub ?x3665 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16521 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16448 (bvlshr (bvsub ?x3665 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11534 (and (bvult ?x16448 ncpu) (bvult (bvsub ?x3665 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16448 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16525 (bvlshr (bvsub ?x3665 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16453 (and (bvult ?x16525 ncpu) (bvult (bvsub ?x3665 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16525 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8388 (or (bvult (bvsub ?x3665 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3665 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3665 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16453 $x11534 $x16681 $x14178)))
 (or (not $x8388) (not $x14574))))))))))))))))))))))
(check-sat)
