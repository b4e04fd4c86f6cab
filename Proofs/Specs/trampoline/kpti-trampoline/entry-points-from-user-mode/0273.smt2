; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:157:3
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
 (let ((?x4822 (bvmul c!6 (_ bv65536 64))))
 (let ((?x11150 (bvadd (_ bv18446741874687344640 64) ?x4822)))
 (let ((?x74475 (bvadd ?x11150 (_ bv8160 64))))
 (let ((?x64707 (bvadd ?x74475 (_ bv7 64))))
 (let ((?x68591 (bvlshr (bvsub ?x64707 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x63288 (and (bvult ?x68591 ncpu) (bvult (bvsub ?x64707 (bvadd (_ bv18446683600570023936 64) (bvmul ?x68591 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x69260 (bvlshr (bvsub ?x64707 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x74467 (and (bvult ?x69260 ncpu) (bvult (bvsub ?x64707 (bvadd (_ bv18446741874687344640 64) (bvmul ?x69260 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x52204 (bvlshr (bvsub ?x64707 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66762 (and (bvult ?x52204 ncpu) (bvult (bvsub ?x64707 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52204 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x42622 (bvlshr (bvsub ?x74475 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x54695 (and (bvult ?x42622 ncpu) (bvult (bvsub ?x74475 (bvadd (_ bv18446683600570023936 64) (bvmul ?x42622 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58082 (bvlshr (bvsub ?x74475 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x68152 (and (bvult ?x58082 ncpu) (bvult (bvsub ?x74475 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58082 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x74113 (bvlshr (bvsub ?x74475 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59192 (and (bvult ?x74113 ncpu) (bvult (bvsub ?x74475 (bvadd (_ bv18446612686364999680 64) (bvmul ?x74113 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x59192 $x68152 $x54695 (bvult (bvsub ?x74475 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x66762 $x74467 $x63288 (bvult (bvsub ?x64707 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
