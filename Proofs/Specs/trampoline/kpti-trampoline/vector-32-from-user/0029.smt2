; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:147:3
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
 (let ((?x453 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x14998 (bvadd ?x453 (_ bv16368 64))))
 (let ((?x19236 (bvadd ?x14998 (_ bv7 64))))
 (let ((?x8916 (bvlshr (bvsub ?x19236 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17608 (and (bvult ?x8916 ncpu) (bvult (bvsub ?x19236 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8916 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16037 (bvlshr (bvsub ?x19236 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19081 (and (bvult ?x16037 ncpu) (bvult (bvsub ?x19236 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16037 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11509 (bvlshr (bvsub ?x19236 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19133 (and (bvult ?x11509 ncpu) (bvult (bvsub ?x19236 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11509 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7682 (bvlshr (bvsub ?x14998 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7724 (and (bvult ?x7682 ncpu) (bvult (bvsub ?x14998 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7682 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5965 (bvlshr (bvsub ?x14998 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8774 (and (bvult ?x5965 ncpu) (bvult (bvsub ?x14998 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5965 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16591 (bvlshr (bvsub ?x14998 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13674 (and (bvult ?x16591 ncpu) (bvult (bvsub ?x14998 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16591 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x13674 $x8774 $x7724 (bvult (bvsub ?x14998 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x19133 $x19081 $x17608 (bvult (bvsub ?x19236 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
