; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x67075 (bvadd ?x13212 (_ bv8184 64))))
 (let ((?x73473 (bvadd ?x67075 (_ bv7 64))))
 (let ((?x68025 (bvlshr (bvsub ?x73473 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3388 (and (bvult ?x68025 ncpu) (bvult (bvsub ?x73473 (bvadd (_ bv18446683600570023936 64) (bvmul ?x68025 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x71896 (bvlshr (bvsub ?x73473 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x66113 (and (bvult ?x71896 ncpu) (bvult (bvsub ?x73473 (bvadd (_ bv18446741874687344640 64) (bvmul ?x71896 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x55234 (bvlshr (bvsub ?x73473 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x71928 (and (bvult ?x55234 ncpu) (bvult (bvsub ?x73473 (bvadd (_ bv18446612686364999680 64) (bvmul ?x55234 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x72340 (bvlshr (bvsub ?x67075 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53283 (and (bvult ?x72340 ncpu) (bvult (bvsub ?x67075 (bvadd (_ bv18446683600570023936 64) (bvmul ?x72340 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x68414 (bvlshr (bvsub ?x67075 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x64037 (and (bvult ?x68414 ncpu) (bvult (bvsub ?x67075 (bvadd (_ bv18446741874687344640 64) (bvmul ?x68414 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x47850 (bvlshr (bvsub ?x67075 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x53818 (and (bvult ?x47850 ncpu) (bvult (bvsub ?x67075 (bvadd (_ bv18446612686364999680 64) (bvmul ?x47850 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x53818 $x64037 $x53283 (bvult (bvsub ?x67075 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x71928 $x66113 $x3388 (bvult (bvsub ?x73473 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
