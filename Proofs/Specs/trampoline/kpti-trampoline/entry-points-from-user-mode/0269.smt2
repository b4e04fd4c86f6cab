; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:161:3
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
 (let ((?x65355 (bvadd ?x3811 (_ bv8168 64))))
 (let ((?x61047 (bvadd ?x65355 (_ bv7 64))))
 (let ((?x57425 (bvlshr (bvsub ?x61047 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x36170 (and (bvult ?x57425 ncpu) (bvult (bvsub ?x61047 (bvadd (_ bv18446683600570023936 64) (bvmul ?x57425 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x69072 (bvlshr (bvsub ?x61047 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x69584 (and (bvult ?x69072 ncpu) (bvult (bvsub ?x61047 (bvadd (_ bv18446741874687344640 64) (bvmul ?x69072 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x70775 (bvlshr (bvsub ?x61047 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x50550 (and (bvult ?x70775 ncpu) (bvult (bvsub ?x61047 (bvadd (_ bv18446612686364999680 64) (bvmul ?x70775 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x63575 (bvlshr (bvsub ?x65355 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x72490 (and (bvult ?x63575 ncpu) (bvult (bvsub ?x65355 (bvadd (_ bv18446683600570023936 64) (bvmul ?x63575 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x60738 (bvlshr (bvsub ?x65355 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66163 (and (bvult ?x60738 ncpu) (bvult (bvsub ?x65355 (bvadd (_ bv18446741874687344640 64) (bvmul ?x60738 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x66960 (bvlshr (bvsub ?x65355 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x55305 (and (bvult ?x66960 ncpu) (bvult (bvsub ?x65355 (bvadd (_ bv18446612686364999680 64) (bvmul ?x66960 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x55305 $x66163 $x72490 (bvult (bvsub ?x65355 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x50550 $x69584 $x36170 (bvult (bvsub ?x61047 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
