; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:180:3
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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x11425 (bvadd ?x14394 (_ bv18446744073709551560 64))))
 (let ((?x14319 (bvadd ?x11425 (_ bv7 64))))
 (let ((?x14071 (bvlshr (bvsub ?x14319 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11731 (and (bvult ?x14071 ncpu) (bvult (bvsub ?x14319 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14071 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x16986 (bvlshr (bvsub ?x14319 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17302 (and (bvult ?x16986 ncpu) (bvult (bvsub ?x14319 (bvadd (_ bv18446741874687344640 64) (bvmul ?x16986 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x18501 (bvlshr (bvsub ?x14319 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11570 (and (bvult ?x18501 ncpu) (bvult (bvsub ?x14319 (bvadd (_ bv18446612686364999680 64) (bvmul ?x18501 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x5467 (bvlshr (bvsub ?x11425 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14433 (and (bvult ?x5467 ncpu) (bvult (bvsub ?x11425 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5467 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12780 (bvlshr (bvsub ?x11425 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12911 (and (bvult ?x12780 ncpu) (bvult (bvsub ?x11425 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12780 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15926 (bvlshr (bvsub ?x11425 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18444 (and (bvult ?x15926 ncpu) (bvult (bvsub ?x11425 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15926 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x18444 $x12911 $x14433 (bvult (bvsub ?x11425 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x11570 $x17302 $x11731 (bvult (bvsub ?x14319 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
