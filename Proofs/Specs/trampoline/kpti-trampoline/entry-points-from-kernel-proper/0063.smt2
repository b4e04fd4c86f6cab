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
 (let ((?x7156 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x7925 (bvadd ?x7156 (_ bv7 64))))
 (let ((?x9425 (bvlshr (bvsub ?x7925 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4619 (and (bvult ?x9425 ncpu) (bvult (bvsub ?x7925 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9425 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9289 (bvlshr (bvsub ?x7925 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x310 (and (bvult ?x9289 ncpu) (bvult (bvsub ?x7925 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9289 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9903 (bvlshr (bvsub ?x7925 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4973 (and (bvult ?x9903 ncpu) (bvult (bvsub ?x7925 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9903 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x1034 (bvlshr (bvsub ?x7156 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2789 (and (bvult ?x1034 ncpu) (bvult (bvsub ?x7156 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1034 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9852 (bvlshr (bvsub ?x7156 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6211 (and (bvult ?x9852 ncpu) (bvult (bvsub ?x7156 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9852 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3273 (bvlshr (bvsub ?x7156 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x475 (and (bvult ?x3273 ncpu) (bvult (bvsub ?x7156 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3273 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x475 $x6211 $x2789 (bvult (bvsub ?x7156 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x4973 $x310 $x4619 (bvult (bvsub ?x7925 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
