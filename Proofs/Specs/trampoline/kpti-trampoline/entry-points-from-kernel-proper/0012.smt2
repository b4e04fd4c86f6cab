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
 (let ((?x1273 (bvadd ?x3058 (_ bv18446744073709551584 64))))
 (let ((?x589 (bvadd ?x1273 (_ bv7 64))))
 (let ((?x1297 (bvlshr (bvsub ?x589 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1071 (and (bvult ?x1297 ncpu) (bvult (bvsub ?x589 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1297 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x807 (bvlshr (bvsub ?x589 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1379 (and (bvult ?x807 ncpu) (bvult (bvsub ?x589 (bvadd (_ bv18446741874687344640 64) (bvmul ?x807 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1579 (bvlshr (bvsub ?x589 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x836 (and (bvult ?x1579 ncpu) (bvult (bvsub ?x589 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1579 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1233 (not (or $x836 $x1379 $x1071 (bvult (bvsub ?x589 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x1939 (bvlshr (bvsub ?x1273 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x483 (and (bvult ?x1939 ncpu) (bvult (bvsub ?x1273 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1939 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x434 (bvlshr (bvsub ?x1273 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1353 (and (bvult ?x434 ncpu) (bvult (bvsub ?x1273 (bvadd (_ bv18446741874687344640 64) (bvmul ?x434 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1337 (bvlshr (bvsub ?x1273 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x325 (and (bvult ?x1337 ncpu) (bvult (bvsub ?x1273 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1337 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x748 (not (or $x325 $x1353 $x483 (bvult (bvsub ?x1273 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x748 $x1233)))))))))))))))))))
(check-sat)
