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
 (let ((?x8852 (bvadd ?x13833 (_ bv18446744073709551600 64))))
 (let ((?x12845 (bvadd ?x8852 (_ bv7 64))))
 (let ((?x14702 (bvlshr (bvsub ?x12845 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2439 (and (bvult ?x14702 ncpu) (bvult (bvsub ?x12845 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14702 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14489 (bvlshr (bvsub ?x12845 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6948 (and (bvult ?x14489 ncpu) (bvult (bvsub ?x12845 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14489 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13302 (bvlshr (bvsub ?x12845 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14406 (and (bvult ?x13302 ncpu) (bvult (bvsub ?x12845 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13302 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x14648 (not (or $x14406 $x6948 $x2439 (bvult (bvsub ?x12845 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x10805 (bvlshr (bvsub ?x8852 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3681 (and (bvult ?x10805 ncpu) (bvult (bvsub ?x8852 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10805 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12250 (bvlshr (bvsub ?x8852 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11934 (and (bvult ?x12250 ncpu) (bvult (bvsub ?x8852 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12250 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13155 (bvlshr (bvsub ?x8852 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11903 (and (bvult ?x13155 ncpu) (bvult (bvsub ?x8852 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13155 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8008 (not (or $x11903 $x11934 $x3681 (bvult (bvsub ?x8852 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x8008 $x14648)))))))))))))))))))
(check-sat)
