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
 (let ((?x66506 (bvadd ?x3811 (_ bv8176 64))))
 (let ((?x57880 (bvadd ?x66506 (_ bv7 64))))
 (let ((?x65137 (bvlshr (bvsub ?x57880 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68474 (and (bvult ?x65137 ncpu) (bvult (bvsub ?x57880 (bvadd (_ bv18446683600570023936 64) (bvmul ?x65137 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x66414 (bvlshr (bvsub ?x57880 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x48832 (and (bvult ?x66414 ncpu) (bvult (bvsub ?x57880 (bvadd (_ bv18446741874687344640 64) (bvmul ?x66414 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x40591 (bvlshr (bvsub ?x57880 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63793 (and (bvult ?x40591 ncpu) (bvult (bvsub ?x57880 (bvadd (_ bv18446612686364999680 64) (bvmul ?x40591 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x54761 (bvlshr (bvsub ?x66506 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x66337 (and (bvult ?x54761 ncpu) (bvult (bvsub ?x66506 (bvadd (_ bv18446683600570023936 64) (bvmul ?x54761 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x58652 (bvlshr (bvsub ?x66506 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x54679 (and (bvult ?x58652 ncpu) (bvult (bvsub ?x66506 (bvadd (_ bv18446741874687344640 64) (bvmul ?x58652 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x66010 (bvlshr (bvsub ?x66506 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51074 (and (bvult ?x66010 ncpu) (bvult (bvsub ?x66506 (bvadd (_ bv18446612686364999680 64) (bvmul ?x66010 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x51074 $x54679 $x66337 (bvult (bvsub ?x66506 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x63793 $x48832 $x68474 (bvult (bvsub ?x57880 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
