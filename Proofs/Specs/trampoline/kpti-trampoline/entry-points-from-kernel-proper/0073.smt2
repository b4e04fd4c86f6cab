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
 (let ((?x9928 (bvadd ?x5362 (_ bv18446744073709551576 64))))
 (let ((?x9929 (bvadd ?x9928 (_ bv7 64))))
 (let ((?x9975 (bvlshr (bvsub ?x9929 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9981 (and (bvult ?x9975 ncpu) (bvult (bvsub ?x9929 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9975 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9967 (bvlshr (bvsub ?x9929 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9973 (and (bvult ?x9967 ncpu) (bvult (bvsub ?x9929 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9967 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9959 (bvlshr (bvsub ?x9929 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9965 (and (bvult ?x9959 ncpu) (bvult (bvsub ?x9929 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9959 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9985 (not (or $x9965 $x9973 $x9981 (bvult (bvsub ?x9929 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x9947 (bvlshr (bvsub ?x9928 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9953 (and (bvult ?x9947 ncpu) (bvult (bvsub ?x9928 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9947 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9939 (bvlshr (bvsub ?x9928 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9945 (and (bvult ?x9939 ncpu) (bvult (bvsub ?x9928 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9939 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9931 (bvlshr (bvsub ?x9928 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9937 (and (bvult ?x9931 ncpu) (bvult (bvsub ?x9928 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9931 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9957 (not (or $x9937 $x9945 $x9953 (bvult (bvsub ?x9928 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x9957 $x9985)))))))))))))))))))
(check-sat)
