; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x11005 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x69682 (bvadd ?x11005 (_ bv16344 64))))
 (let ((?x68464 (bvadd ?x69682 (_ bv7 64))))
 (let ((?x67013 (bvlshr (bvsub ?x68464 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x71176 (and (bvult ?x67013 ncpu) (bvult (bvsub ?x68464 (bvadd (_ bv18446683600570023936 64) (bvmul ?x67013 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x42077 (bvlshr (bvsub ?x68464 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59182 (and (bvult ?x42077 ncpu) (bvult (bvsub ?x68464 (bvadd (_ bv18446741874687344640 64) (bvmul ?x42077 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x64406 (bvlshr (bvsub ?x68464 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65392 (and (bvult ?x64406 ncpu) (bvult (bvsub ?x68464 (bvadd (_ bv18446612686364999680 64) (bvmul ?x64406 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x70055 (bvlshr (bvsub ?x69682 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x69004 (and (bvult ?x70055 ncpu) (bvult (bvsub ?x69682 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70055 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x54225 (bvlshr (bvsub ?x69682 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x46773 (and (bvult ?x54225 ncpu) (bvult (bvsub ?x69682 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54225 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70966 (bvlshr (bvsub ?x69682 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x67211 (and (bvult ?x70966 ncpu) (bvult (bvsub ?x69682 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70966 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x67211 $x46773 $x69004 (bvult (bvsub ?x69682 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x65392 $x59182 $x71176 (bvult (bvsub ?x68464 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
