; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:215:3
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x5793 (bvadd ?x2989 (_ bv18446744073709551560 64))))
 (let ((?x138 (bvadd ?x5793 (_ bv7 64))))
 (let (($x3612 (bvult (bvsub ?x138 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8710 (bvlshr (bvsub ?x138 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8680 (and (bvult ?x8710 ncpu) (bvult (bvsub ?x138 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8710 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3404 (bvlshr (bvsub ?x138 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3626 (and (bvult ?x3404 ncpu) (bvult (bvsub ?x138 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3404 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x293 (bvlshr (bvsub ?x138 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3823 (and (bvult ?x293 ncpu) (bvult (bvsub ?x138 (bvadd (_ bv18446612686364999680 64) (bvmul ?x293 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8909 (or (bvult (bvsub ?x138 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x138 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x138 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3823 $x3626 $x8680 $x3612)))
 (let (($x8621 (bvult (bvsub ?x5793 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8574 (bvlshr (bvsub ?x5793 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7586 (and (bvult ?x8574 ncpu) (bvult (bvsub ?x5793 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8574 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5761 (bvlshr (bvsub ?x5793 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6208 (and (bvult ?x5761 ncpu) (bvult (bvsub ?x5793 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5761 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3991 (bvlshr (bvsub ?x5793 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8476 (and (bvult ?x3991 ncpu) (bvult (bvsub ?x5793 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3991 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9714 (or (bvult (bvsub ?x5793 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5793 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5793 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8476 $x6208 $x7586 $x8621)))
 (or (not $x9714) (not $x8909))))))))))))))))))))))
(check-sat)
