; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 13 from kernel
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
 (let ((?x605 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x1711 (bvadd ?x605 (_ bv18446744073709551592 64))))
 (let ((?x5914 (bvadd ?x1711 (_ bv7 64))))
 (let ((?x6351 (bvlshr (bvsub ?x5914 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6499 (and (bvult ?x6351 ncpu) (bvult (bvsub ?x5914 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6351 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6243 (bvlshr (bvsub ?x5914 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6461 (and (bvult ?x6243 ncpu) (bvult (bvsub ?x5914 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6243 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7695 (bvlshr (bvsub ?x5914 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6296 (and (bvult ?x7695 ncpu) (bvult (bvsub ?x5914 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7695 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x6481 (bvlshr (bvsub ?x1711 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7499 (and (bvult ?x6481 ncpu) (bvult (bvsub ?x1711 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6481 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7579 (bvlshr (bvsub ?x1711 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6086 (and (bvult ?x7579 ncpu) (bvult (bvsub ?x1711 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7579 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3486 (bvlshr (bvsub ?x1711 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7392 (and (bvult ?x3486 ncpu) (bvult (bvsub ?x1711 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3486 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x7392 $x6086 $x7499 (bvult (bvsub ?x1711 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6296 $x6461 $x6499 (bvult (bvsub ?x5914 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
