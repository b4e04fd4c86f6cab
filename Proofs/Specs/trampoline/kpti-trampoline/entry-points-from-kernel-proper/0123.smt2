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
 (let ((?x10311 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x7570 (bvadd ?x10311 (_ bv18446744073709551568 64))))
 (let ((?x12311 (bvadd ?x7570 (_ bv7 64))))
 (let ((?x9043 (bvlshr (bvsub ?x12311 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5343 (and (bvult ?x9043 ncpu) (bvult (bvsub ?x12311 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9043 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15927 (bvlshr (bvsub ?x12311 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5154 (and (bvult ?x15927 ncpu) (bvult (bvsub ?x12311 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15927 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15892 (bvlshr (bvsub ?x12311 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13517 (and (bvult ?x15892 ncpu) (bvult (bvsub ?x12311 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15892 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10995 (bvlshr (bvsub ?x7570 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10752 (and (bvult ?x10995 ncpu) (bvult (bvsub ?x7570 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10995 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2342 (bvlshr (bvsub ?x7570 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15918 (and (bvult ?x2342 ncpu) (bvult (bvsub ?x7570 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2342 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12006 (bvlshr (bvsub ?x7570 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1575 (and (bvult ?x12006 ncpu) (bvult (bvsub ?x7570 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12006 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x1575 $x15918 $x10752 (bvult (bvsub ?x7570 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13517 $x5154 $x5343 (bvult (bvsub ?x12311 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
