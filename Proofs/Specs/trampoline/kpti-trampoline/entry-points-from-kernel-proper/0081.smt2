; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:183:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4496 (bvadd ?x9097 (_ bv18446744073709551536 64))))
 (let ((?x1022 (bvadd ?x4496 (_ bv7 64))))
 (let ((?x1949 (bvlshr (bvsub ?x1022 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5095 (and (bvult ?x1949 ncpu) (bvult (bvsub ?x1022 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1949 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12600 (bvlshr (bvsub ?x1022 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12885 (and (bvult ?x12600 ncpu) (bvult (bvsub ?x1022 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12600 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12460 (bvlshr (bvsub ?x1022 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12271 (and (bvult ?x12460 ncpu) (bvult (bvsub ?x1022 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12460 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x10527 (bvlshr (bvsub ?x4496 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11802 (and (bvult ?x10527 ncpu) (bvult (bvsub ?x4496 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10527 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9232 (bvlshr (bvsub ?x4496 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12891 (and (bvult ?x9232 ncpu) (bvult (bvsub ?x4496 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9232 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10116 (bvlshr (bvsub ?x4496 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9589 (and (bvult ?x10116 ncpu) (bvult (bvsub ?x4496 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10116 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9589 $x12891 $x11802 (bvult (bvsub ?x4496 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12271 $x12885 $x5095 (bvult (bvsub ?x1022 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
