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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11050 (bvadd ?x944 (_ bv18446744073709551584 64))))
 (let ((?x11098 (bvadd ?x11050 (_ bv7 64))))
 (let ((?x10879 (bvlshr (bvsub ?x11098 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8484 (and (bvult ?x10879 ncpu) (bvult (bvsub ?x11098 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10879 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10909 (bvlshr (bvsub ?x11098 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10956 (and (bvult ?x10909 ncpu) (bvult (bvsub ?x11098 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10909 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5697 (bvlshr (bvsub ?x11098 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10957 (and (bvult ?x5697 ncpu) (bvult (bvsub ?x11098 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5697 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x730 (bvlshr (bvsub ?x11050 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11932 (and (bvult ?x730 ncpu) (bvult (bvsub ?x11050 (bvadd (_ bv18446683600570023936 64) (bvmul ?x730 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11044 (bvlshr (bvsub ?x11050 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3859 (and (bvult ?x11044 ncpu) (bvult (bvsub ?x11050 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11044 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4852 (bvlshr (bvsub ?x11050 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4355 (and (bvult ?x4852 ncpu) (bvult (bvsub ?x11050 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4852 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x4355 $x3859 $x11932 (bvult (bvsub ?x11050 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x10957 $x10956 $x8484 (bvult (bvsub ?x11098 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
