; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:176:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3026 (bvadd ?x7602 (_ bv18446744073709551568 64))))
 (let ((?x1347 (bvadd ?x3026 (_ bv7 64))))
 (let ((?x6002 (bvlshr (bvsub ?x1347 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2762 (and (bvult ?x6002 ncpu) (bvult (bvsub ?x1347 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6002 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6140 (bvlshr (bvsub ?x1347 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6220 (and (bvult ?x6140 ncpu) (bvult (bvsub ?x1347 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6140 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3219 (bvlshr (bvsub ?x1347 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6274 (and (bvult ?x3219 ncpu) (bvult (bvsub ?x1347 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3219 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x4045 (bvlshr (bvsub ?x3026 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1162 (and (bvult ?x4045 ncpu) (bvult (bvsub ?x3026 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4045 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4585 (bvlshr (bvsub ?x3026 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4478 (and (bvult ?x4585 ncpu) (bvult (bvsub ?x3026 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4585 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3956 (bvlshr (bvsub ?x3026 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6138 (and (bvult ?x3956 ncpu) (bvult (bvsub ?x3026 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3956 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6138 $x4478 $x1162 (bvult (bvsub ?x3026 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6274 $x6220 $x2762 (bvult (bvsub ?x1347 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
