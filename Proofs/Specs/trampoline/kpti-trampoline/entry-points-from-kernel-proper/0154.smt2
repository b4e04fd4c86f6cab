; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:178:3
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
 (let ((?x2947 (bvadd ?x15367 (_ bv18446744073709551568 64))))
 (let ((?x12911 (bvadd ?x2947 (_ bv7 64))))
 (let ((?x15865 (bvlshr (bvsub ?x12911 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12540 (and (bvult ?x15865 ncpu) (bvult (bvsub ?x12911 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15865 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15918 (bvlshr (bvsub ?x12911 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13102 (and (bvult ?x15918 ncpu) (bvult (bvsub ?x12911 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15918 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8642 (bvlshr (bvsub ?x12911 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6852 (and (bvult ?x8642 ncpu) (bvult (bvsub ?x12911 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8642 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x12820 (bvlshr (bvsub ?x2947 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17382 (and (bvult ?x12820 ncpu) (bvult (bvsub ?x2947 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12820 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14857 (bvlshr (bvsub ?x2947 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16003 (and (bvult ?x14857 ncpu) (bvult (bvsub ?x2947 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14857 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14496 (bvlshr (bvsub ?x2947 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16833 (and (bvult ?x14496 ncpu) (bvult (bvsub ?x2947 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14496 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x16833 $x16003 $x17382 (bvult (bvsub ?x2947 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x6852 $x13102 $x12540 (bvult (bvsub ?x12911 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
