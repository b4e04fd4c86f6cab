; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
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
 (let ((?x165 (bvmul c!6 (_ bv65536 64))))
 (let ((?x6701 (bvadd (_ bv18446741874687344640 64) ?x165)))
 (let ((?x12666 (bvadd ?x6701 (_ bv8168 64))))
 (let ((?x19349 (bvadd ?x12666 (_ bv7 64))))
 (let ((?x14603 (bvlshr (bvsub ?x19349 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x17485 (and (bvult ?x14603 ncpu) (bvult (bvsub ?x19349 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14603 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8536 (bvlshr (bvsub ?x19349 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12725 (and (bvult ?x8536 ncpu) (bvult (bvsub ?x19349 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8536 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5209 (bvlshr (bvsub ?x19349 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13422 (and (bvult ?x5209 ncpu) (bvult (bvsub ?x19349 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5209 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x8657 (bvlshr (bvsub ?x12666 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12925 (and (bvult ?x8657 ncpu) (bvult (bvsub ?x12666 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8657 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15217 (bvlshr (bvsub ?x12666 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10029 (and (bvult ?x15217 ncpu) (bvult (bvsub ?x12666 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15217 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4993 (bvlshr (bvsub ?x12666 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15273 (and (bvult ?x4993 ncpu) (bvult (bvsub ?x12666 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4993 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x15273 $x10029 $x12925 (bvult (bvsub ?x12666 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x13422 $x12725 $x17485 (bvult (bvsub ?x19349 (_ bv4194304 64)) (_ bv4096 64))))))))))))))))))))))
(check-sat)
