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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x1748 (bvadd ?x3058 (_ bv18446744073709551576 64))))
 (let ((?x880 (bvadd ?x1748 (_ bv7 64))))
 (let ((?x840 (bvlshr (bvsub ?x880 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x152 (and (bvult ?x840 ncpu) (bvult (bvsub ?x880 (bvadd (_ bv18446683600570023936 64) (bvmul ?x840 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1746 (bvlshr (bvsub ?x880 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1341 (and (bvult ?x1746 ncpu) (bvult (bvsub ?x880 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1746 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x25 (bvlshr (bvsub ?x880 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1728 (and (bvult ?x25 ncpu) (bvult (bvsub ?x880 (bvadd (_ bv18446612686364999680 64) (bvmul ?x25 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x437 (not (or $x1728 $x1341 $x152 (bvult (bvsub ?x880 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x1309 (bvlshr (bvsub ?x1748 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x503 (and (bvult ?x1309 ncpu) (bvult (bvsub ?x1748 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1309 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1378 (bvlshr (bvsub ?x1748 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x393 (and (bvult ?x1378 ncpu) (bvult (bvsub ?x1748 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1378 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x907 (bvlshr (bvsub ?x1748 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x436 (and (bvult ?x907 ncpu) (bvult (bvsub ?x1748 (bvadd (_ bv18446612686364999680 64) (bvmul ?x907 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1373 (not (or $x436 $x393 $x503 (bvult (bvsub ?x1748 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x1373 $x437)))))))))))))))))))
(check-sat)
