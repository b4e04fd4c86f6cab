; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x2874 (bvadd ?x3058 (_ bv18446744073709551592 64))))
 (let ((?x4074 (bvadd ?x2874 (_ bv7 64))))
 (let (($x5792 (bvult (bvsub ?x4074 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3530 (bvlshr (bvsub ?x4074 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4465 (and (bvult ?x3530 ncpu) (bvult (bvsub ?x4074 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3530 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4131 (bvlshr (bvsub ?x4074 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3540 (and (bvult ?x4131 ncpu) (bvult (bvsub ?x4074 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4131 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4325 (bvlshr (bvsub ?x4074 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3655 (and (bvult ?x4325 ncpu) (bvult (bvsub ?x4074 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4325 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8814 (or (bvult (bvsub ?x4074 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4074 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4074 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3655 $x3540 $x4465 $x5792)))
 (let (($x6568 (bvult (bvsub ?x2874 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5223 (bvlshr (bvsub ?x2874 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3809 (and (bvult ?x5223 ncpu) (bvult (bvsub ?x2874 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5223 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6191 (bvlshr (bvsub ?x2874 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5853 (and (bvult ?x6191 ncpu) (bvult (bvsub ?x2874 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6191 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x285 (bvlshr (bvsub ?x2874 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5823 (and (bvult ?x285 ncpu) (bvult (bvsub ?x2874 (bvadd (_ bv18446612686364999680 64) (bvmul ?x285 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6618 (or (bvult (bvsub ?x2874 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2874 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2874 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5823 $x5853 $x3809 $x6568)))
 (or (not $x6618) (not $x8814))))))))))))))))))))))
(check-sat)
