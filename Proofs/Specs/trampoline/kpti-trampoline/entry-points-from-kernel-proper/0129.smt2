; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x13833 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x4343 (bvadd ?x13833 (_ bv18446744073709551608 64))))
 (let ((?x11702 (bvadd ?x4343 (_ bv7 64))))
 (let ((?x7735 (bvlshr (bvsub ?x11702 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14353 (and (bvult ?x7735 ncpu) (bvult (bvsub ?x11702 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7735 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3052 (bvlshr (bvsub ?x11702 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13958 (and (bvult ?x3052 ncpu) (bvult (bvsub ?x11702 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3052 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1232 (bvlshr (bvsub ?x11702 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8586 (and (bvult ?x1232 ncpu) (bvult (bvsub ?x11702 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1232 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14381 (not (or $x8586 $x13958 $x14353 (bvult (bvsub ?x11702 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x11469 (bvlshr (bvsub ?x4343 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3014 (and (bvult ?x11469 ncpu) (bvult (bvsub ?x4343 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11469 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14482 (bvlshr (bvsub ?x4343 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5446 (and (bvult ?x14482 ncpu) (bvult (bvsub ?x4343 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14482 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3992 (bvlshr (bvsub ?x4343 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12284 (and (bvult ?x3992 ncpu) (bvult (bvsub ?x4343 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3992 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14500 (not (or $x12284 $x5446 $x3014 (bvult (bvsub ?x4343 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x14500 $x14381)))))))))))))))))))
(check-sat)
