; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:191:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x17876 (bvadd ?x10437 (_ bv18446744073709551512 64))))
 (let ((?x17729 (bvadd ?x17876 (_ bv7 64))))
 (let ((?x14477 (bvlshr (bvsub ?x17729 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17635 (and (bvult ?x14477 ncpu) (bvult (bvsub ?x17729 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14477 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12763 (bvlshr (bvsub ?x17729 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15893 (and (bvult ?x12763 ncpu) (bvult (bvsub ?x17729 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12763 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x17328 (bvlshr (bvsub ?x17729 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x989 (and (bvult ?x17328 ncpu) (bvult (bvsub ?x17729 (bvadd (_ bv18446612686364999680 64) (bvmul ?x17328 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x16346 (bvlshr (bvsub ?x17876 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x16589 (and (bvult ?x16346 ncpu) (bvult (bvsub ?x17876 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16346 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15772 (bvlshr (bvsub ?x17876 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8249 (and (bvult ?x15772 ncpu) (bvult (bvsub ?x17876 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15772 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12482 (bvlshr (bvsub ?x17876 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17404 (and (bvult ?x12482 ncpu) (bvult (bvsub ?x17876 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12482 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17404 $x8249 $x16589 (bvult (bvsub ?x17876 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x989 $x15893 $x17635 (bvult (bvsub ?x17729 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
