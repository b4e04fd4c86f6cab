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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3848 (bvadd ?x5362 (_ bv18446744073709551568 64))))
 (let ((?x8271 (bvadd ?x3848 (_ bv8 64))))
 (let ((?x9206 (bvadd ?x8271 (_ bv7 64))))
 (let ((?x9878 (bvlshr (bvsub ?x9206 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10844 (and (bvult ?x9878 ncpu) (bvult (bvsub ?x9206 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9878 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2475 (bvlshr (bvsub ?x9206 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x558 (and (bvult ?x2475 ncpu) (bvult (bvsub ?x9206 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2475 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x124 (bvlshr (bvsub ?x9206 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10086 (and (bvult ?x124 ncpu) (bvult (bvsub ?x9206 (bvadd (_ bv18446612686364999680 64) (bvmul ?x124 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10938 (or (bvult (bvsub ?x9206 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9206 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9206 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10086 $x558 $x10844 (bvult (bvsub ?x9206 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x12918 (bvlshr (bvsub ?x8271 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12396 (and (bvult ?x12918 ncpu) (bvult (bvsub ?x8271 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12918 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9735 (bvlshr (bvsub ?x8271 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2773 (and (bvult ?x9735 ncpu) (bvult (bvsub ?x8271 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9735 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8148 (bvlshr (bvsub ?x8271 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3395 (and (bvult ?x8148 ncpu) (bvult (bvsub ?x8271 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8148 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6023 (or (bvult (bvsub ?x8271 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8271 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8271 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3395 $x2773 $x12396 (bvult (bvsub ?x8271 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x6023) (not $x10938)))))))))))))))))))))
(check-sat)
