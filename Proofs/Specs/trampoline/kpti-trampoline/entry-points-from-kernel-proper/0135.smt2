; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x13833 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x14297 (bvadd ?x13833 (_ bv18446744073709551584 64))))
 (let ((?x5945 (bvadd ?x14297 (_ bv7 64))))
 (let ((?x8936 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14603 (and (bvult ?x8936 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8936 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12098 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12479 (and (bvult ?x12098 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12098 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11851 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9760 (and (bvult ?x11851 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11851 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5185 (not (or $x9760 $x12479 $x14603 (bvult (bvsub ?x5945 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x10025 (bvlshr (bvsub ?x14297 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9847 (and (bvult ?x10025 ncpu) (bvult (bvsub ?x14297 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10025 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11344 (bvlshr (bvsub ?x14297 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14516 (and (bvult ?x11344 ncpu) (bvult (bvsub ?x14297 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11344 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14607 (bvlshr (bvsub ?x14297 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14445 (and (bvult ?x14607 ncpu) (bvult (bvsub ?x14297 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14607 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14589 (not (or $x14445 $x14516 $x9847 (bvult (bvsub ?x14297 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x14589 $x5185)))))))))))))))))))
(check-sat)
