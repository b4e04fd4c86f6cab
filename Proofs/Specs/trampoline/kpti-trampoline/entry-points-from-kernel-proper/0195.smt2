; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:234:3
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
 (let ((?x11928 (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64))))
 (let ((?x3191 (bvadd ?x11928 (_ bv7 64))))
 (let ((?x19919 (bvlshr (bvsub ?x3191 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5357 (and (bvult ?x19919 ncpu) (bvult (bvsub ?x3191 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19919 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16416 (bvlshr (bvsub ?x3191 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14826 (and (bvult ?x16416 ncpu) (bvult (bvsub ?x3191 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16416 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x20377 (bvlshr (bvsub ?x3191 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15653 (and (bvult ?x20377 ncpu) (bvult (bvsub ?x3191 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20377 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x17688 (or (bvult (bvsub ?x3191 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3191 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3191 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15653 $x14826 $x5357 (bvult (bvsub ?x3191 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x13524 (bvlshr (bvsub ?x11928 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18412 (and (bvult ?x13524 ncpu) (bvult (bvsub ?x11928 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13524 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13835 (bvlshr (bvsub ?x11928 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18204 (and (bvult ?x13835 ncpu) (bvult (bvsub ?x11928 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13835 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x20621 (bvlshr (bvsub ?x11928 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17150 (and (bvult ?x20621 ncpu) (bvult (bvsub ?x11928 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20621 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19913 (or (bvult (bvsub ?x11928 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11928 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11928 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17150 $x18204 $x18412 (bvult (bvsub ?x11928 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x19913) (not $x17688)))))))))))))))))))
(check-sat)
