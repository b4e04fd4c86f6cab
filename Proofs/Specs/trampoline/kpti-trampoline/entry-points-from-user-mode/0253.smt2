; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:149:3
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
 (let ((?x11111 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x13289 (bvadd ?x11111 (_ bv16352 64))))
 (let ((?x59719 (bvadd ?x13289 (_ bv7 64))))
 (let ((?x39981 (bvlshr (bvsub ?x59719 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53086 (and (bvult ?x39981 ncpu) (bvult (bvsub ?x59719 (bvadd (_ bv18446683600570023936 64) (bvmul ?x39981 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x66455 (bvlshr (bvsub ?x59719 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65689 (and (bvult ?x66455 ncpu) (bvult (bvsub ?x59719 (bvadd (_ bv18446741874687344640 64) (bvmul ?x66455 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x62788 (bvlshr (bvsub ?x59719 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71233 (and (bvult ?x62788 ncpu) (bvult (bvsub ?x59719 (bvadd (_ bv18446612686364999680 64) (bvmul ?x62788 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x959 (bvlshr (bvsub ?x13289 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14122 (and (bvult ?x959 ncpu) (bvult (bvsub ?x13289 (bvadd (_ bv18446683600570023936 64) (bvmul ?x959 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x55229 (bvlshr (bvsub ?x13289 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x74198 (and (bvult ?x55229 ncpu) (bvult (bvsub ?x13289 (bvadd (_ bv18446741874687344640 64) (bvmul ?x55229 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x39429 (bvlshr (bvsub ?x13289 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37836 (and (bvult ?x39429 ncpu) (bvult (bvsub ?x13289 (bvadd (_ bv18446612686364999680 64) (bvmul ?x39429 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x37836 $x74198 $x14122 (bvult (bvsub ?x13289 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x71233 $x65689 $x53086 (bvult (bvsub ?x59719 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
