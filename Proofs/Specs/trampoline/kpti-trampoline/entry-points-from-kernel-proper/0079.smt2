; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:182:3
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
 (let ((?x11039 (bvadd ?x944 (_ bv18446744073709551544 64))))
 (let ((?x6528 (bvadd ?x11039 (_ bv7 64))))
 (let ((?x7468 (bvlshr (bvsub ?x6528 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11269 (and (bvult ?x7468 ncpu) (bvult (bvsub ?x6528 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7468 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11058 (bvlshr (bvsub ?x6528 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9245 (and (bvult ?x11058 ncpu) (bvult (bvsub ?x6528 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11058 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8506 (bvlshr (bvsub ?x6528 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12159 (and (bvult ?x8506 ncpu) (bvult (bvsub ?x6528 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8506 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x2053 (bvlshr (bvsub ?x11039 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1445 (and (bvult ?x2053 ncpu) (bvult (bvsub ?x11039 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2053 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4772 (bvlshr (bvsub ?x11039 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12220 (and (bvult ?x4772 ncpu) (bvult (bvsub ?x11039 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4772 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11548 (bvlshr (bvsub ?x11039 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6980 (and (bvult ?x11548 ncpu) (bvult (bvsub ?x11039 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11548 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x6980 $x12220 $x1445 (bvult (bvsub ?x11039 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x12159 $x9245 $x11269 (bvult (bvsub ?x6528 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
