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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x8151 (bvadd ?x4233 (_ bv18446744073709551520 64))))
 (let ((?x4853 (bvadd ?x8151 (_ bv7 64))))
 (let (($x1628 (bvult (bvsub ?x4853 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7745 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9535 (and (bvult ?x7745 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7745 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4967 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6160 (and (bvult ?x4967 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4967 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1820 (bvlshr (bvsub ?x4853 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6531 (and (bvult ?x1820 ncpu) (bvult (bvsub ?x4853 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1820 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8340 (or (bvult (bvsub ?x4853 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4853 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4853 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6531 $x6160 $x9535 $x1628)))
 (let (($x4192 (bvult (bvsub ?x8151 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3630 (bvlshr (bvsub ?x8151 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3473 (and (bvult ?x3630 ncpu) (bvult (bvsub ?x8151 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3630 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1659 (bvlshr (bvsub ?x8151 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8983 (and (bvult ?x1659 ncpu) (bvult (bvsub ?x8151 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1659 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8089 (bvlshr (bvsub ?x8151 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8208 (and (bvult ?x8089 ncpu) (bvult (bvsub ?x8151 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8089 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x467 (or (bvult (bvsub ?x8151 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8151 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8151 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8208 $x8983 $x3473 $x4192)))
 (or (not $x467) (not $x8340))))))))))))))))))))))
(check-sat)
