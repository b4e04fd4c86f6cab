; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x171 (bvmul c!6 (_ bv65536 64))))
 (let ((?x400 (bvadd (_ bv18446612686364999680 64) ?x171)))
 (let ((?x11407 (bvadd ?x400 (_ bv52 64))))
 (let ((?x4514 (bvadd ?x11407 (_ bv7 64))))
 (let ((?x11614 (bvlshr (bvsub ?x4514 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16690 (and (bvult ?x11614 ncpu) (bvult (bvsub ?x4514 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11614 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4309 (bvlshr (bvsub ?x4514 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16203 (and (bvult ?x4309 ncpu) (bvult (bvsub ?x4514 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4309 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13526 (bvlshr (bvsub ?x4514 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6023 (and (bvult ?x13526 ncpu) (bvult (bvsub ?x4514 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13526 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7261 (or (bvult (bvsub ?x4514 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4514 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4514 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6023 $x16203 $x16690 (bvult (bvsub ?x4514 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x11567 (bvlshr (bvsub ?x11407 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9075 (and (bvult ?x11567 ncpu) (bvult (bvsub ?x11407 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11567 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6016 (bvlshr (bvsub ?x11407 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1028 (and (bvult ?x6016 ncpu) (bvult (bvsub ?x11407 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6016 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14426 (bvlshr (bvsub ?x11407 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x454 (and (bvult ?x14426 ncpu) (bvult (bvsub ?x11407 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14426 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3160 (or (bvult (bvsub ?x11407 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11407 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11407 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x454 $x1028 $x9075 (bvult (bvsub ?x11407 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x3160) (not $x7261)))))))))))))))))))))
(check-sat)
