; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7535 (bvadd ?x4233 (_ bv18446744073709551536 64))))
 (let ((?x5561 (bvadd ?x7535 (_ bv7 64))))
 (let (($x1948 (bvult (bvsub ?x5561 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4894 (bvlshr (bvsub ?x5561 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x917 (and (bvult ?x4894 ncpu) (bvult (bvsub ?x5561 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4894 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3718 (bvlshr (bvsub ?x5561 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3419 (and (bvult ?x3718 ncpu) (bvult (bvsub ?x5561 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3718 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8784 (bvlshr (bvsub ?x5561 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7119 (and (bvult ?x8784 ncpu) (bvult (bvsub ?x5561 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8784 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9904 (or (bvult (bvsub ?x5561 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5561 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5561 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7119 $x3419 $x917 $x1948)))
 (let (($x4265 (bvult (bvsub ?x7535 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6141 (bvlshr (bvsub ?x7535 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8737 (and (bvult ?x6141 ncpu) (bvult (bvsub ?x7535 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6141 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3207 (bvlshr (bvsub ?x7535 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7529 (and (bvult ?x3207 ncpu) (bvult (bvsub ?x7535 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3207 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8517 (bvlshr (bvsub ?x7535 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5805 (and (bvult ?x8517 ncpu) (bvult (bvsub ?x7535 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8517 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6054 (or (bvult (bvsub ?x7535 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7535 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7535 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5805 $x7529 $x8737 $x4265)))
 (or (not $x6054) (not $x9904))))))))))))))))))))))
(check-sat)
