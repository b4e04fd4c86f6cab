; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:163:3
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
 (let ((?x53328 (bvadd ?x3811 (_ bv8152 64))))
 (let ((?x70226 (bvadd ?x53328 (_ bv7 64))))
 (let ((?x70009 (bvlshr (bvsub ?x70226 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x57236 (and (bvult ?x70009 ncpu) (bvult (bvsub ?x70226 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70009 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x56237 (bvlshr (bvsub ?x70226 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x61127 (and (bvult ?x56237 ncpu) (bvult (bvsub ?x70226 (bvadd (_ bv18446741874687344640 64) (bvmul ?x56237 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70056 (bvlshr (bvsub ?x70226 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71652 (and (bvult ?x70056 ncpu) (bvult (bvsub ?x70226 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70056 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x69632 (bvlshr (bvsub ?x53328 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70064 (and (bvult ?x69632 ncpu) (bvult (bvsub ?x53328 (bvadd (_ bv18446683600570023936 64) (bvmul ?x69632 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x57724 (bvlshr (bvsub ?x53328 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69919 (and (bvult ?x57724 ncpu) (bvult (bvsub ?x53328 (bvadd (_ bv18446741874687344640 64) (bvmul ?x57724 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x71271 (bvlshr (bvsub ?x53328 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x60775 (and (bvult ?x71271 ncpu) (bvult (bvsub ?x53328 (bvadd (_ bv18446612686364999680 64) (bvmul ?x71271 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x60775 $x69919 $x70064 (bvult (bvsub ?x53328 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x71652 $x61127 $x57236 (bvult (bvsub ?x70226 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
