; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:162:3
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
 (let ((?x4464 (bvmul c!6 (_ bv65536 64))))
 (let ((?x3811 (bvadd (_ bv18446741874687344640 64) ?x4464)))
 (let ((?x54186 (bvadd ?x3811 (_ bv8160 64))))
 (let ((?x53092 (bvadd ?x54186 (_ bv7 64))))
 (let ((?x69104 (bvlshr (bvsub ?x53092 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x41274 (and (bvult ?x69104 ncpu) (bvult (bvsub ?x53092 (bvadd (_ bv18446683600570023936 64) (bvmul ?x69104 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x63902 (bvlshr (bvsub ?x53092 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x44048 (and (bvult ?x63902 ncpu) (bvult (bvsub ?x53092 (bvadd (_ bv18446741874687344640 64) (bvmul ?x63902 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x27745 (bvlshr (bvsub ?x53092 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53198 (and (bvult ?x27745 ncpu) (bvult (bvsub ?x53092 (bvadd (_ bv18446612686364999680 64) (bvmul ?x27745 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x64794 (bvlshr (bvsub ?x54186 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68985 (and (bvult ?x64794 ncpu) (bvult (bvsub ?x54186 (bvadd (_ bv18446683600570023936 64) (bvmul ?x64794 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58840 (bvlshr (bvsub ?x54186 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51804 (and (bvult ?x58840 ncpu) (bvult (bvsub ?x54186 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58840 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x71545 (bvlshr (bvsub ?x54186 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69997 (and (bvult ?x71545 ncpu) (bvult (bvsub ?x54186 (bvadd (_ bv18446612686364999680 64) (bvmul ?x71545 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x69997 $x51804 $x68985 (bvult (bvsub ?x54186 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x53198 $x44048 $x41274 (bvult (bvsub ?x53092 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
