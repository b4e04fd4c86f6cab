; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
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
 (let ((?x2836 (bvlshr (bvsub (bvadd (bvadd (_ bv18446741874686296064 64) (_ bv16 64)) (_ bv15 64)) (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let ((?x400 (bvadd (_ bv18446741874686296064 64) (_ bv16 64))))
 (let ((?x2800 (bvadd ?x400 (_ bv15 64))))
 (let (($x2842 (and (bvult ?x2836 ncpu) (bvult (bvsub ?x2800 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2836 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2828 (bvlshr (bvsub ?x2800 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2834 (and (bvult ?x2828 ncpu) (bvult (bvsub ?x2800 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2828 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2820 (bvlshr (bvsub ?x2800 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2826 (and (bvult ?x2820 ncpu) (bvult (bvsub ?x2800 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2820 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2845 (or (bvult (bvsub ?x2800 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2800 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2800 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2826 $x2834 $x2842 (bvult (bvsub ?x2800 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x2846 (not $x2845)))
 (let ((?x2801 (bvlshr (bvsub ?x400 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2807 (and (bvult ?x2801 ncpu) (bvult (bvsub ?x400 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2801 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1406 (bvlshr (bvsub ?x400 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x289 (and (bvult ?x1406 ncpu) (bvult (bvsub ?x400 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1406 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x921 (bvlshr (bvsub ?x400 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1461 (and (bvult ?x921 ncpu) (bvult (bvsub ?x400 (bvadd (_ bv18446612686364999680 64) (bvmul ?x921 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2811 (or (bvult (bvsub ?x400 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x400 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x400 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1461 $x289 $x2807 (bvult (bvsub ?x400 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x2812 (not $x2811)))
 (or $x2812 $x2846))))))))))))))))))))
(check-sat)
