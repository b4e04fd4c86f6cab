; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:172:3
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
 (let ((?x13833 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x12789 (bvadd ?x13833 (_ bv18446744073709551576 64))))
 (let ((?x6675 (bvadd ?x12789 (_ bv7 64))))
 (let (($x290 (bvult (bvsub ?x6675 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4301 (bvlshr (bvsub ?x6675 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12582 (and (bvult ?x4301 ncpu) (bvult (bvsub ?x6675 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4301 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3193 (bvlshr (bvsub ?x6675 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9240 (and (bvult ?x3193 ncpu) (bvult (bvsub ?x6675 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3193 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13054 (bvlshr (bvsub ?x6675 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10320 (and (bvult ?x13054 ncpu) (bvult (bvsub ?x6675 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13054 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14875 (or (bvult (bvsub ?x6675 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6675 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6675 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10320 $x9240 $x12582 $x290)))
 (let (($x8870 (bvult (bvsub ?x12789 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11829 (bvlshr (bvsub ?x12789 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3340 (and (bvult ?x11829 ncpu) (bvult (bvsub ?x12789 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11829 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2537 (bvlshr (bvsub ?x12789 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14574 (and (bvult ?x2537 ncpu) (bvult (bvsub ?x12789 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2537 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14214 (bvlshr (bvsub ?x12789 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14640 (and (bvult ?x14214 ncpu) (bvult (bvsub ?x12789 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14214 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16416 (or (bvult (bvsub ?x12789 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12789 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12789 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14640 $x14574 $x3340 $x8870)))
 (or (not $x16416) (not $x14875))))))))))))))))))))))
(check-sat)
