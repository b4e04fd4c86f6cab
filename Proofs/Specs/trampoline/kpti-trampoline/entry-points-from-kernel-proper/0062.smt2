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
 (let ((?x171 (bvmul c!6 (_ bv65536 64))))
 (let ((?x400 (bvadd (_ bv18446612686364999680 64) ?x171)))
 (let ((?x5768 (bvadd ?x400 (_ bv36 64))))
 (let ((?x933 (bvadd ?x5768 (_ bv7 64))))
 (let ((?x7160 (bvlshr (bvsub ?x933 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4466 (and (bvult ?x7160 ncpu) (bvult (bvsub ?x933 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7160 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3347 (bvlshr (bvsub ?x933 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3389 (and (bvult ?x3347 ncpu) (bvult (bvsub ?x933 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3347 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4480 (bvlshr (bvsub ?x933 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3046 (and (bvult ?x4480 ncpu) (bvult (bvsub ?x933 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4480 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5328 (or (bvult (bvsub ?x933 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x933 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x933 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3046 $x3389 $x4466 (bvult (bvsub ?x933 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x5765 (bvlshr (bvsub ?x5768 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6748 (and (bvult ?x5765 ncpu) (bvult (bvsub ?x5768 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5765 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8198 (bvlshr (bvsub ?x5768 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2291 (and (bvult ?x8198 ncpu) (bvult (bvsub ?x5768 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8198 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4460 (bvlshr (bvsub ?x5768 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7476 (and (bvult ?x4460 ncpu) (bvult (bvsub ?x5768 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4460 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2574 (or (bvult (bvsub ?x5768 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5768 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5768 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7476 $x2291 $x6748 (bvult (bvsub ?x5768 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x2574) (not $x5328)))))))))))))))))))))
(check-sat)
