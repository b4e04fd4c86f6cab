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
 (let ((?x12711 (bvadd (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64)) (_ bv18446744073709551608 64))))
 (let ((?x775 (bvadd ?x12711 (_ bv7 64))))
 (let ((?x17786 (bvlshr (bvsub ?x775 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17382 (and (bvult ?x17786 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17786 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17763 (bvlshr (bvsub ?x775 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17779 (and (bvult ?x17763 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17763 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13822 (bvlshr (bvsub ?x775 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17712 (and (bvult ?x13822 ncpu) (bvult (bvsub ?x775 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13822 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x14448 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11079 (and (bvult ?x14448 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14448 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11308 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14480 (and (bvult ?x11308 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11308 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14968 (bvlshr (bvsub ?x12711 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17761 (and (bvult ?x14968 ncpu) (bvult (bvsub ?x12711 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14968 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x17761 $x14480 $x11079 (bvult (bvsub ?x12711 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x17712 $x17779 $x17382 (bvult (bvsub ?x775 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))
(check-sat)
