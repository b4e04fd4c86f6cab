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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x6963 (bvadd ?x4233 (_ bv18446744073709551584 64))))
 (let ((?x4957 (bvadd ?x6963 (_ bv7 64))))
 (let (($x3931 (bvult (bvsub ?x4957 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6149 (bvlshr (bvsub ?x4957 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5556 (and (bvult ?x6149 ncpu) (bvult (bvsub ?x4957 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6149 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1793 (bvlshr (bvsub ?x4957 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8180 (and (bvult ?x1793 ncpu) (bvult (bvsub ?x4957 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1793 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x2931 (bvlshr (bvsub ?x4957 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7128 (and (bvult ?x2931 ncpu) (bvult (bvsub ?x4957 (bvadd (_ bv18446612686364999680 64) (bvmul ?x2931 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7985 (or (bvult (bvsub ?x4957 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4957 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4957 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7128 $x8180 $x5556 $x3931)))
 (let (($x3090 (bvult (bvsub ?x6963 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6102 (bvlshr (bvsub ?x6963 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3070 (and (bvult ?x6102 ncpu) (bvult (bvsub ?x6963 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6102 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4573 (bvlshr (bvsub ?x6963 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3188 (and (bvult ?x4573 ncpu) (bvult (bvsub ?x6963 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4573 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6475 (bvlshr (bvsub ?x6963 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1861 (and (bvult ?x6475 ncpu) (bvult (bvsub ?x6963 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6475 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9935 (or (bvult (bvsub ?x6963 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6963 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6963 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1861 $x3188 $x3070 $x3090)))
 (or (not $x9935) (not $x7985))))))))))))))))))))))
(check-sat)
