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
 (let ((?x7013 (bvmul c!6 (_ bv65536 64))))
 (let ((?x13212 (bvadd (_ bv18446741874687344640 64) ?x7013)))
 (let ((?x63001 (bvadd ?x13212 (_ bv8160 64))))
 (let ((?x59801 (bvadd ?x63001 (_ bv7 64))))
 (let ((?x62652 (bvlshr (bvsub ?x59801 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x68553 (and (bvult ?x62652 ncpu) (bvult (bvsub ?x59801 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62652 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x69753 (bvlshr (bvsub ?x59801 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x61320 (and (bvult ?x69753 ncpu) (bvult (bvsub ?x59801 (bvadd (_ bv18446741874687344640 64) (bvmul ?x69753 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x66112 (bvlshr (bvsub ?x59801 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66261 (and (bvult ?x66112 ncpu) (bvult (bvsub ?x59801 (bvadd (_ bv18446612686364999680 64) (bvmul ?x66112 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x57888 (bvlshr (bvsub ?x63001 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x67744 (and (bvult ?x57888 ncpu) (bvult (bvsub ?x63001 (bvadd (_ bv18446683600570023936 64) (bvmul ?x57888 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x51128 (bvlshr (bvsub ?x63001 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x45119 (and (bvult ?x51128 ncpu) (bvult (bvsub ?x63001 (bvadd (_ bv18446741874687344640 64) (bvmul ?x51128 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x41826 (bvlshr (bvsub ?x63001 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37873 (and (bvult ?x41826 ncpu) (bvult (bvsub ?x63001 (bvadd (_ bv18446612686364999680 64) (bvmul ?x41826 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x37873 $x45119 $x67744 (bvult (bvsub ?x63001 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x66261 $x61320 $x68553 (bvult (bvsub ?x59801 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
