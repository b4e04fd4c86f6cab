; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:161:3
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
 (let ((?x4464 (bvmul c!6 (_ bv65536 64))))
 (let ((?x3811 (bvadd (_ bv18446741874687344640 64) ?x4464)))
 (let ((?x67001 (bvadd ?x3811 (_ bv8168 64))))
 (let ((?x57706 (bvadd ?x67001 (_ bv7 64))))
 (let ((?x59685 (bvlshr (bvsub ?x57706 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53147 (and (bvult ?x59685 ncpu) (bvult (bvsub ?x57706 (bvadd (_ bv18446683600570023936 64) (bvmul ?x59685 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58333 (bvlshr (bvsub ?x57706 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71294 (and (bvult ?x58333 ncpu) (bvult (bvsub ?x57706 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58333 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x69498 (bvlshr (bvsub ?x57706 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x70928 (and (bvult ?x69498 ncpu) (bvult (bvsub ?x57706 (bvadd (_ bv18446612686364999680 64) (bvmul ?x69498 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x48272 (bvlshr (bvsub ?x67001 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x63156 (and (bvult ?x48272 ncpu) (bvult (bvsub ?x67001 (bvadd (_ bv18446683600570023936 64) (bvmul ?x48272 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x70176 (bvlshr (bvsub ?x67001 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67043 (and (bvult ?x70176 ncpu) (bvult (bvsub ?x67001 (bvadd (_ bv18446741874687344640 64) (bvmul ?x70176 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x63414 (bvlshr (bvsub ?x67001 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71188 (and (bvult ?x63414 ncpu) (bvult (bvsub ?x67001 (bvadd (_ bv18446612686364999680 64) (bvmul ?x63414 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x71188 $x67043 $x63156 (bvult (bvsub ?x67001 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x70928 $x71294 $x53147 (bvult (bvsub ?x57706 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
