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
 (let ((?x6396 (bvadd ?x4233 (_ bv18446744073709551608 64))))
 (let ((?x7373 (bvadd ?x6396 (_ bv7 64))))
 (let (($x3775 (bvult (bvsub ?x7373 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3362 (bvlshr (bvsub ?x7373 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3885 (and (bvult ?x3362 ncpu) (bvult (bvsub ?x7373 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3362 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x371 (bvlshr (bvsub ?x7373 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1943 (and (bvult ?x371 ncpu) (bvult (bvsub ?x7373 (bvadd (_ bv18446741874687344640 64) (bvmul ?x371 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4222 (bvlshr (bvsub ?x7373 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4227 (and (bvult ?x4222 ncpu) (bvult (bvsub ?x7373 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4222 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2378 (or (bvult (bvsub ?x7373 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7373 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7373 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4227 $x1943 $x3885 $x3775)))
 (let (($x7375 (bvult (bvsub ?x6396 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7441 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3290 (and (bvult ?x7441 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7441 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3058 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3039 (and (bvult ?x3058 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3058 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3314 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6115 (and (bvult ?x3314 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3314 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5956 (or (bvult (bvsub ?x6396 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6396 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6396 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6115 $x3039 $x3290 $x7375)))
 (or (not $x5956) (not $x2378))))))))))))))))))))))
(check-sat)
