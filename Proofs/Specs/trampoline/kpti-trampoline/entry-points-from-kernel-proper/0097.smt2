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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10546 (bvadd ?x2156 (_ bv18446744073709551488 64))))
 (let ((?x8861 (bvadd ?x10546 (_ bv7 64))))
 (let (($x9866 (bvult (bvsub ?x8861 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x706 (bvlshr (bvsub ?x8861 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4656 (and (bvult ?x706 ncpu) (bvult (bvsub ?x8861 (bvadd (_ bv18446683600570023936 64) (bvmul ?x706 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10958 (bvlshr (bvsub ?x8861 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9580 (and (bvult ?x10958 ncpu) (bvult (bvsub ?x8861 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10958 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8433 (bvlshr (bvsub ?x8861 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9385 (and (bvult ?x8433 ncpu) (bvult (bvsub ?x8861 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8433 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12836 (or (bvult (bvsub ?x8861 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8861 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8861 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9385 $x9580 $x4656 $x9866)))
 (let (($x10600 (bvult (bvsub ?x10546 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1113 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6384 (and (bvult ?x1113 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1113 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5662 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11401 (and (bvult ?x5662 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5662 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8736 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9462 (and (bvult ?x8736 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8736 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3129 (or (bvult (bvsub ?x10546 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10546 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10546 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9462 $x11401 $x6384 $x10600)))
 (or (not $x3129) (not $x12836))))))))))))))))))))))
(check-sat)
