; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:182:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x14522 (bvadd ?x15984 (_ bv18446744073709551544 64))))
 (let ((?x5043 (bvadd ?x14522 (_ bv7 64))))
 (let ((?x12815 (bvlshr (bvsub ?x5043 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15419 (and (bvult ?x12815 ncpu) (bvult (bvsub ?x5043 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12815 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18643 (bvlshr (bvsub ?x5043 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18756 (and (bvult ?x18643 ncpu) (bvult (bvsub ?x5043 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18643 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18574 (bvlshr (bvsub ?x5043 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18671 (and (bvult ?x18574 ncpu) (bvult (bvsub ?x5043 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18574 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x13533 (bvlshr (bvsub ?x14522 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16467 (and (bvult ?x13533 ncpu) (bvult (bvsub ?x14522 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13533 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13441 (bvlshr (bvsub ?x14522 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16984 (and (bvult ?x13441 ncpu) (bvult (bvsub ?x14522 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13441 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18510 (bvlshr (bvsub ?x14522 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6931 (and (bvult ?x18510 ncpu) (bvult (bvsub ?x14522 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18510 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6931 $x16984 $x16467 (bvult (bvsub ?x14522 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x18671 $x18756 $x15419 (bvult (bvsub ?x5043 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
