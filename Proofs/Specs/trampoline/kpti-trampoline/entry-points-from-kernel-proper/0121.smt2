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
 (let ((?x10311 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv16384 64)) (_ bv18446744073709551600 64))))
 (let ((?x9689 (bvadd ?x10311 (_ bv18446744073709551576 64))))
 (let ((?x14193 (bvadd ?x9689 (_ bv7 64))))
 (let ((?x2171 (bvlshr (bvsub ?x14193 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13619 (and (bvult ?x2171 ncpu) (bvult (bvsub ?x14193 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2171 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13513 (bvlshr (bvsub ?x14193 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15717 (and (bvult ?x13513 ncpu) (bvult (bvsub ?x14193 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13513 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8459 (bvlshr (bvsub ?x14193 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15657 (and (bvult ?x8459 ncpu) (bvult (bvsub ?x14193 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8459 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x9295 (bvlshr (bvsub ?x9689 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10257 (and (bvult ?x9295 ncpu) (bvult (bvsub ?x9689 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9295 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14379 (bvlshr (bvsub ?x9689 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11767 (and (bvult ?x14379 ncpu) (bvult (bvsub ?x9689 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14379 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x435 (bvlshr (bvsub ?x9689 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12842 (and (bvult ?x435 ncpu) (bvult (bvsub ?x9689 (bvadd (_ bv18446612686364999680 64) (bvmul ?x435 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x12842 $x11767 $x10257 (bvult (bvsub ?x9689 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x15657 $x15717 $x13619 (bvult (bvsub ?x14193 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
