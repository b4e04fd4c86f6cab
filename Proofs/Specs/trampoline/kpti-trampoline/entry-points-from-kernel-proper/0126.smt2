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
 (let ((?x13074 (bvadd ?x14265 (_ bv18446744073709551608 64))))
 (let ((?x7606 (bvadd ?x13074 (_ bv7 64))))
 (let ((?x11063 (bvlshr (bvsub ?x7606 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12236 (and (bvult ?x11063 ncpu) (bvult (bvsub ?x7606 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11063 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11664 (bvlshr (bvsub ?x7606 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7853 (and (bvult ?x11664 ncpu) (bvult (bvsub ?x7606 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11664 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13258 (bvlshr (bvsub ?x7606 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1371 (and (bvult ?x13258 ncpu) (bvult (bvsub ?x7606 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13258 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8597 (bvlshr (bvsub ?x13074 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10365 (and (bvult ?x8597 ncpu) (bvult (bvsub ?x13074 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8597 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5873 (bvlshr (bvsub ?x13074 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8194 (and (bvult ?x5873 ncpu) (bvult (bvsub ?x13074 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5873 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4702 (bvlshr (bvsub ?x13074 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11266 (and (bvult ?x4702 ncpu) (bvult (bvsub ?x13074 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4702 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x11266 $x8194 $x10365 (bvult (bvsub ?x13074 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x1371 $x7853 $x12236 (bvult (bvsub ?x7606 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
