; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:159:3
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
 (let ((?x71257 (bvadd ?x3811 (_ bv8184 64))))
 (let ((?x70659 (bvadd ?x71257 (_ bv7 64))))
 (let ((?x71903 (bvlshr (bvsub ?x70659 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72225 (and (bvult ?x71903 ncpu) (bvult (bvsub ?x70659 (bvadd (_ bv18446683600570023936 64) (bvmul ?x71903 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x72450 (bvlshr (bvsub ?x70659 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x72439 (and (bvult ?x72450 ncpu) (bvult (bvsub ?x70659 (bvadd (_ bv18446741874687344640 64) (bvmul ?x72450 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70606 (bvlshr (bvsub ?x70659 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x41092 (and (bvult ?x70606 ncpu) (bvult (bvsub ?x70659 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70606 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x70993 (bvlshr (bvsub ?x71257 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70730 (and (bvult ?x70993 ncpu) (bvult (bvsub ?x71257 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70993 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x54375 (bvlshr (bvsub ?x71257 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59226 (and (bvult ?x54375 ncpu) (bvult (bvsub ?x71257 (bvadd (_ bv18446741874687344640 64) (bvmul ?x54375 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x67429 (bvlshr (bvsub ?x71257 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71125 (and (bvult ?x67429 ncpu) (bvult (bvsub ?x71257 (bvadd (_ bv18446612686364999680 64) (bvmul ?x67429 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x71125 $x59226 $x70730 (bvult (bvsub ?x71257 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x41092 $x72439 $x72225 (bvult (bvsub ?x70659 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
