; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:187:3
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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x9522 (bvadd ?x2156 (_ bv18446744073709551544 64))))
 (let ((?x6363 (bvadd ?x9522 (_ bv7 64))))
 (let ((?x9008 (bvlshr (bvsub ?x6363 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9724 (and (bvult ?x9008 ncpu) (bvult (bvsub ?x6363 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9008 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6547 (bvlshr (bvsub ?x6363 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10395 (and (bvult ?x6547 ncpu) (bvult (bvsub ?x6363 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6547 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3098 (bvlshr (bvsub ?x6363 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10793 (and (bvult ?x3098 ncpu) (bvult (bvsub ?x6363 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3098 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9199 (bvlshr (bvsub ?x9522 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10806 (and (bvult ?x9199 ncpu) (bvult (bvsub ?x9522 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9199 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10283 (bvlshr (bvsub ?x9522 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6510 (and (bvult ?x10283 ncpu) (bvult (bvsub ?x9522 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10283 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3457 (bvlshr (bvsub ?x9522 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11066 (and (bvult ?x3457 ncpu) (bvult (bvsub ?x9522 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3457 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11066 $x6510 $x10806 (bvult (bvsub ?x9522 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10793 $x10395 $x9724 (bvult (bvsub ?x6363 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
