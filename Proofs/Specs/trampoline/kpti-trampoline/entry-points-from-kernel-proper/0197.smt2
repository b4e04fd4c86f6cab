; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:236:3
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
 (let ((?x10224 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x14910 (bvadd ?x10224 (_ bv16376 64))))
 (let ((?x21385 (bvadd ?x14910 (_ bv7 64))))
 (let ((?x13887 (bvlshr (bvsub ?x21385 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15605 (and (bvult ?x13887 ncpu) (bvult (bvsub ?x21385 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13887 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14021 (bvlshr (bvsub ?x21385 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14576 (and (bvult ?x14021 ncpu) (bvult (bvsub ?x21385 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14021 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11826 (bvlshr (bvsub ?x21385 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17713 (and (bvult ?x11826 ncpu) (bvult (bvsub ?x21385 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11826 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18098 (or (bvult (bvsub ?x21385 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x21385 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x21385 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17713 $x14576 $x15605 (bvult (bvsub ?x21385 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x19157 (bvlshr (bvsub ?x14910 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2240 (and (bvult ?x19157 ncpu) (bvult (bvsub ?x14910 (bvadd (_ bv18446683600570023936 64) (bvmul ?x19157 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13576 (bvlshr (bvsub ?x14910 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15749 (and (bvult ?x13576 ncpu) (bvult (bvsub ?x14910 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13576 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10289 (bvlshr (bvsub ?x14910 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15833 (and (bvult ?x10289 ncpu) (bvult (bvsub ?x14910 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10289 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15944 (or (bvult (bvsub ?x14910 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14910 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14910 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15833 $x15749 $x2240 (bvult (bvsub ?x14910 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x15944) (not $x18098))))))))))))))))))))
(check-sat)
