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
 (let ((?x51 (bvmul c!6 (_ bv65536 64))))
 (let ((?x149 (bvadd (_ bv18446612686364999680 64) ?x51)))
 (let ((?x7324 (bvadd ?x149 (_ bv36 64))))
 (let ((?x9072 (bvadd ?x7324 (_ bv7 64))))
 (let ((?x6411 (bvlshr (bvsub ?x9072 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4181 (and (bvult ?x6411 ncpu) (bvult (bvsub ?x9072 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6411 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1206 (bvlshr (bvsub ?x9072 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7259 (and (bvult ?x1206 ncpu) (bvult (bvsub ?x9072 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1206 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1106 (bvlshr (bvsub ?x9072 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3056 (and (bvult ?x1106 ncpu) (bvult (bvsub ?x9072 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1106 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2642 (or (bvult (bvsub ?x9072 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9072 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9072 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3056 $x7259 $x4181 (bvult (bvsub ?x9072 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x1907 (bvlshr (bvsub ?x7324 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1212 (and (bvult ?x1907 ncpu) (bvult (bvsub ?x7324 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1907 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2637 (bvlshr (bvsub ?x7324 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6873 (and (bvult ?x2637 ncpu) (bvult (bvsub ?x7324 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2637 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2547 (bvlshr (bvsub ?x7324 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6676 (and (bvult ?x2547 ncpu) (bvult (bvsub ?x7324 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2547 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7979 (or (bvult (bvsub ?x7324 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7324 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7324 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6676 $x6873 $x1212 (bvult (bvsub ?x7324 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x7979) (not $x2642)))))))))))))))))))))
(check-sat)
