; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:216:3
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
 (let ((?x6593 (bvadd ?x3058 (_ bv18446744073709551528 64))))
 (let ((?x7426 (bvadd ?x6593 (_ bv7 64))))
 (let (($x3692 (bvult (bvsub ?x7426 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7976 (bvlshr (bvsub ?x7426 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7215 (and (bvult ?x7976 ncpu) (bvult (bvsub ?x7426 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7976 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6088 (bvlshr (bvsub ?x7426 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7766 (and (bvult ?x6088 ncpu) (bvult (bvsub ?x7426 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6088 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8063 (bvlshr (bvsub ?x7426 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4350 (and (bvult ?x8063 ncpu) (bvult (bvsub ?x7426 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8063 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9187 (or (bvult (bvsub ?x7426 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7426 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7426 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4350 $x7766 $x7215 $x3692)))
 (let (($x8103 (bvult (bvsub ?x6593 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3226 (bvlshr (bvsub ?x6593 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7998 (and (bvult ?x3226 ncpu) (bvult (bvsub ?x6593 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3226 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6916 (bvlshr (bvsub ?x6593 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3909 (and (bvult ?x6916 ncpu) (bvult (bvsub ?x6593 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6916 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6743 (bvlshr (bvsub ?x6593 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5600 (and (bvult ?x6743 ncpu) (bvult (bvsub ?x6593 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6743 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8536 (or (bvult (bvsub ?x6593 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6593 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6593 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5600 $x3909 $x7998 $x8103)))
 (or (not $x8536) (not $x9187))))))))))))))))))))))
(check-sat)
