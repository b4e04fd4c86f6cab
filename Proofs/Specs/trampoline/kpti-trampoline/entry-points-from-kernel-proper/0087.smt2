; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:190:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x8823 (bvadd ?x5362 (_ bv18446744073709551520 64))))
 (let ((?x10546 (bvadd ?x8823 (_ bv7 64))))
 (let ((?x7568 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10019 (and (bvult ?x7568 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7568 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2215 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2248 (and (bvult ?x2215 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2215 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11371 (bvlshr (bvsub ?x10546 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5148 (and (bvult ?x11371 ncpu) (bvult (bvsub ?x10546 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11371 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x7299 (bvlshr (bvsub ?x8823 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11185 (and (bvult ?x7299 ncpu) (bvult (bvsub ?x8823 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7299 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8006 (bvlshr (bvsub ?x8823 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11592 (and (bvult ?x8006 ncpu) (bvult (bvsub ?x8823 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8006 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11107 (bvlshr (bvsub ?x8823 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9861 (and (bvult ?x11107 ncpu) (bvult (bvsub ?x8823 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11107 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x9861 $x11592 $x11185 (bvult (bvsub ?x8823 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x5148 $x2248 $x10019 (bvult (bvsub ?x10546 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
