; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:156:3
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
 (let ((?x40761 (bvadd ?x13212 (_ bv8168 64))))
 (let ((?x69017 (bvadd ?x40761 (_ bv7 64))))
 (let ((?x61367 (bvlshr (bvsub ?x69017 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x62507 (and (bvult ?x61367 ncpu) (bvult (bvsub ?x69017 (bvadd (_ bv18446683600570023936 64) (bvmul ?x61367 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x70912 (bvlshr (bvsub ?x69017 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x37304 (and (bvult ?x70912 ncpu) (bvult (bvsub ?x69017 (bvadd (_ bv18446741874687344640 64) (bvmul ?x70912 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x64172 (bvlshr (bvsub ?x69017 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x64502 (and (bvult ?x64172 ncpu) (bvult (bvsub ?x69017 (bvadd (_ bv18446612686364999680 64) (bvmul ?x64172 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x70588 (bvlshr (bvsub ?x40761 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x64795 (and (bvult ?x70588 ncpu) (bvult (bvsub ?x40761 (bvadd (_ bv18446683600570023936 64) (bvmul ?x70588 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x60941 (bvlshr (bvsub ?x40761 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x63104 (and (bvult ?x60941 ncpu) (bvult (bvsub ?x40761 (bvadd (_ bv18446741874687344640 64) (bvmul ?x60941 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x68040 (bvlshr (bvsub ?x40761 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x65381 (and (bvult ?x68040 ncpu) (bvult (bvsub ?x40761 (bvadd (_ bv18446612686364999680 64) (bvmul ?x68040 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x65381 $x63104 $x64795 (bvult (bvsub ?x40761 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x64502 $x37304 $x62507 (bvult (bvsub ?x69017 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
