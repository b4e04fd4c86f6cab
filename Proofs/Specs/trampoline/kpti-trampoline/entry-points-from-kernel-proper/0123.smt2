; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x10648 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x6686 (bvadd ?x10648 (_ bv18446744073709551568 64))))
 (let ((?x9129 (bvadd ?x6686 (_ bv7 64))))
 (let ((?x8612 (bvlshr (bvsub ?x9129 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13505 (and (bvult ?x8612 ncpu) (bvult (bvsub ?x9129 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8612 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12109 (bvlshr (bvsub ?x9129 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5404 (and (bvult ?x12109 ncpu) (bvult (bvsub ?x9129 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12109 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13625 (bvlshr (bvsub ?x9129 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15784 (and (bvult ?x13625 ncpu) (bvult (bvsub ?x9129 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13625 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13859 (bvlshr (bvsub ?x6686 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5295 (and (bvult ?x13859 ncpu) (bvult (bvsub ?x6686 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13859 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14033 (bvlshr (bvsub ?x6686 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15917 (and (bvult ?x14033 ncpu) (bvult (bvsub ?x6686 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14033 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12946 (bvlshr (bvsub ?x6686 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3147 (and (bvult ?x12946 ncpu) (bvult (bvsub ?x6686 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12946 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x3147 $x15917 $x5295 (bvult (bvsub ?x6686 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15784 $x5404 $x13505 (bvult (bvsub ?x9129 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
