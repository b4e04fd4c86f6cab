; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x14265 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x4731 (bvadd ?x14265 (_ bv18446744073709551600 64))))
 (let ((?x15132 (bvadd ?x4731 (_ bv7 64))))
 (let ((?x676 (bvlshr (bvsub ?x15132 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8256 (and (bvult ?x676 ncpu) (bvult (bvsub ?x15132 (bvadd (_ bv18446683600570023936 64) (bvmul ?x676 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15335 (bvlshr (bvsub ?x15132 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11119 (and (bvult ?x15335 ncpu) (bvult (bvsub ?x15132 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15335 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15969 (bvlshr (bvsub ?x15132 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12751 (and (bvult ?x15969 ncpu) (bvult (bvsub ?x15132 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15969 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14104 (bvlshr (bvsub ?x4731 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11272 (and (bvult ?x14104 ncpu) (bvult (bvsub ?x4731 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14104 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13136 (bvlshr (bvsub ?x4731 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1117 (and (bvult ?x13136 ncpu) (bvult (bvsub ?x4731 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13136 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14199 (bvlshr (bvsub ?x4731 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2157 (and (bvult ?x14199 ncpu) (bvult (bvsub ?x4731 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14199 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x2157 $x1117 $x11272 (bvult (bvsub ?x4731 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12751 $x11119 $x8256 (bvult (bvsub ?x15132 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
