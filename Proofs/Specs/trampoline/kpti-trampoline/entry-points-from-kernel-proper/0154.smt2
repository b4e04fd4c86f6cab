; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:181:3
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
 (let ((?x15984 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x6842 (bvadd ?x15984 (_ bv18446744073709551552 64))))
 (let ((?x10849 (bvadd ?x6842 (_ bv7 64))))
 (let ((?x13883 (bvlshr (bvsub ?x10849 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10395 (and (bvult ?x13883 ncpu) (bvult (bvsub ?x10849 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13883 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17957 (bvlshr (bvsub ?x10849 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18160 (and (bvult ?x17957 ncpu) (bvult (bvsub ?x10849 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17957 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x16044 (bvlshr (bvsub ?x10849 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17925 (and (bvult ?x16044 ncpu) (bvult (bvsub ?x10849 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16044 (_ bv65536 64)))) (_ bv65536 64)))))
 (let ((?x17471 (bvlshr (bvsub ?x6842 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18175 (and (bvult ?x17471 ncpu) (bvult (bvsub ?x6842 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17471 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11757 (bvlshr (bvsub ?x6842 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16002 (and (bvult ?x11757 ncpu) (bvult (bvsub ?x6842 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11757 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9389 (bvlshr (bvsub ?x6842 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18020 (and (bvult ?x9389 ncpu) (bvult (bvsub ?x6842 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9389 (_ bv65536 64)))) (_ bv65536 64)))))
 (or (not (or $x18020 $x16002 $x18175 (bvult (bvsub ?x6842 (_ bv4194304 64)) (_ bv4096 64)))) (not (or $x17925 $x18160 $x10395 (bvult (bvsub ?x10849 (_ bv4194304 64)) (_ bv4096 64)))))))))))))))))))))
(check-sat)
