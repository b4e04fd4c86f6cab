; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:158:3
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
 (let ((?x69267 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv4104 64)) (_ bv0 64))))
 (let ((?x63245 (bvadd ?x69267 (_ bv7 64))))
 (let ((?x69814 (bvlshr (bvsub ?x63245 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x62314 (and (bvult ?x69814 ncpu) (bvult (bvsub ?x63245 (bvadd (_ bv18446683600570023936 64) (bvmul ?x69814 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x69401 (bvlshr (bvsub ?x63245 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72019 (and (bvult ?x69401 ncpu) (bvult (bvsub ?x63245 (bvadd (_ bv18446741874687344640 64) (bvmul ?x69401 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x67662 (bvlshr (bvsub ?x63245 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x42208 (and (bvult ?x67662 ncpu) (bvult (bvsub ?x63245 (bvadd (_ bv18446612686364999680 64) (bvmul ?x67662 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x71104 (or (bvult (bvsub ?x63245 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x63245 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x63245 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x42208 $x72019 $x62314 (bvult (bvsub ?x63245 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x70360 (bvlshr (bvsub ?x69267 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x71969 (and (bvult ?x70360 ncpu) (bvult (bvsub ?x69267 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70360 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x72209 (bvlshr (bvsub ?x69267 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65106 (and (bvult ?x72209 ncpu) (bvult (bvsub ?x69267 (bvadd (_ bv18446741874687344640 64) (bvmul ?x72209 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x53637 (bvlshr (bvsub ?x69267 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71983 (and (bvult ?x53637 ncpu) (bvult (bvsub ?x69267 (bvadd (_ bv18446612686364999680 64) (bvmul ?x53637 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x69176 (or (bvult (bvsub ?x69267 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x69267 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x69267 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x71983 $x65106 $x71969 (bvult (bvsub ?x69267 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x69176) (not $x71104)))))))))))))))))))
(check-sat)
