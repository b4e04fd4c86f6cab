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
 (let ((?x4179 (bvadd ?x3058 (_ bv18446744073709551568 64))))
 (let ((?x324 (bvadd ?x4179 (_ bv8 64))))
 (let ((?x3660 (bvadd ?x324 (_ bv7 64))))
 (let ((?x5564 (bvlshr (bvsub ?x3660 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5197 (and (bvult ?x5564 ncpu) (bvult (bvsub ?x3660 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5564 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2452 (bvlshr (bvsub ?x3660 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x936 (and (bvult ?x2452 ncpu) (bvult (bvsub ?x3660 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2452 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9170 (bvlshr (bvsub ?x3660 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4169 (and (bvult ?x9170 ncpu) (bvult (bvsub ?x3660 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9170 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8431 (or (bvult (bvsub ?x3660 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3660 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3660 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4169 $x936 $x5197 (bvult (bvsub ?x3660 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x8948 (bvlshr (bvsub ?x324 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8150 (and (bvult ?x8948 ncpu) (bvult (bvsub ?x324 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8948 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6888 (bvlshr (bvsub ?x324 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3873 (and (bvult ?x6888 ncpu) (bvult (bvsub ?x324 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6888 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3010 (bvlshr (bvsub ?x324 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4972 (and (bvult ?x3010 ncpu) (bvult (bvsub ?x324 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3010 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1806 (or (bvult (bvsub ?x324 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x324 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x324 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4972 $x3873 $x8150 (bvult (bvsub ?x324 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x1806) (not $x8431)))))))))))))))))))))
(check-sat)
