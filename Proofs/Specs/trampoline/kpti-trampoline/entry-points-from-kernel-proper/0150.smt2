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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x1265 (bvadd ?x15367 (_ bv18446744073709551584 64))))
 (let ((?x16557 (bvadd ?x1265 (_ bv7 64))))
 (let ((?x15517 (bvlshr (bvsub ?x16557 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15809 (and (bvult ?x15517 ncpu) (bvult (bvsub ?x16557 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15517 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15893 (bvlshr (bvsub ?x16557 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16429 (and (bvult ?x15893 ncpu) (bvult (bvsub ?x16557 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15893 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14998 (bvlshr (bvsub ?x16557 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9207 (and (bvult ?x14998 ncpu) (bvult (bvsub ?x16557 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14998 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11041 (not (or $x9207 $x16429 $x15809 (bvult (bvsub ?x16557 (_ bv4194304 64)) (_ bv4096 64))))))
 (let ((?x4955 (bvlshr (bvsub ?x1265 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12843 (and (bvult ?x4955 ncpu) (bvult (bvsub ?x1265 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4955 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16042 (bvlshr (bvsub ?x1265 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11432 (and (bvult ?x16042 ncpu) (bvult (bvsub ?x1265 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16042 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4671 (bvlshr (bvsub ?x1265 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16103 (and (bvult ?x4671 ncpu) (bvult (bvsub ?x1265 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4671 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8714 (not (or $x16103 $x11432 $x12843 (bvult (bvsub ?x1265 (_ bv4194304 64)) (_ bv4096 64))))))
 (or $x8714 $x11041)))))))))))))))))))
(check-sat)
