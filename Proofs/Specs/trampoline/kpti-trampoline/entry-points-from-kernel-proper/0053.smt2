; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x1714 (bvadd ?x3058 (_ bv18446744073709551584 64))))
 (let ((?x3001 (bvadd ?x1714 (_ bv7 64))))
 (let (($x5234 (bvult (bvsub ?x3001 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3489 (bvlshr (bvsub ?x3001 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5382 (and (bvult ?x3489 ncpu) (bvult (bvsub ?x3001 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3489 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5113 (bvlshr (bvsub ?x3001 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4728 (and (bvult ?x5113 ncpu) (bvult (bvsub ?x3001 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5113 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5643 (bvlshr (bvsub ?x3001 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5423 (and (bvult ?x5643 ncpu) (bvult (bvsub ?x3001 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5643 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8711 (or (bvult (bvsub ?x3001 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3001 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3001 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5423 $x4728 $x5382 $x5234)))
 (let (($x4269 (bvult (bvsub ?x1714 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5184 (bvlshr (bvsub ?x1714 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5082 (and (bvult ?x5184 ncpu) (bvult (bvsub ?x1714 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5184 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3074 (bvlshr (bvsub ?x1714 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4705 (and (bvult ?x3074 ncpu) (bvult (bvsub ?x1714 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3074 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6828 (bvlshr (bvsub ?x1714 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3046 (and (bvult ?x6828 ncpu) (bvult (bvsub ?x1714 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6828 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2961 (or (bvult (bvsub ?x1714 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1714 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1714 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3046 $x4705 $x5082 $x4269)))
 (or (not $x2961) (not $x8711))))))))))))))))))))))
(check-sat)
