; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:160:3
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
 (let ((?x71102 (bvadd ?x3811 (_ bv8176 64))))
 (let ((?x68820 (bvadd ?x71102 (_ bv7 64))))
 (let ((?x71358 (bvlshr (bvsub ?x68820 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x69983 (and (bvult ?x71358 ncpu) (bvult (bvsub ?x68820 (bvadd (_ bv18446683600570023936 64) (bvmul ?x71358 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58126 (bvlshr (bvsub ?x68820 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65907 (and (bvult ?x58126 ncpu) (bvult (bvsub ?x68820 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58126 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x69239 (bvlshr (bvsub ?x68820 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63481 (and (bvult ?x69239 ncpu) (bvult (bvsub ?x68820 (bvadd (_ bv18446612686364999680 64) (bvmul ?x69239 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x69229 (bvlshr (bvsub ?x71102 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x70796 (and (bvult ?x69229 ncpu) (bvult (bvsub ?x71102 (bvadd (_ bv18446683600570023936 64) (bvmul ?x69229 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x57486 (bvlshr (bvsub ?x71102 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71148 (and (bvult ?x57486 ncpu) (bvult (bvsub ?x71102 (bvadd (_ bv18446741874687344640 64) (bvmul ?x57486 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70630 (bvlshr (bvsub ?x71102 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69108 (and (bvult ?x70630 ncpu) (bvult (bvsub ?x71102 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70630 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x69108 $x71148 $x70796 (bvult (bvsub ?x71102 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x63481 $x65907 $x69983 (bvult (bvsub ?x68820 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
