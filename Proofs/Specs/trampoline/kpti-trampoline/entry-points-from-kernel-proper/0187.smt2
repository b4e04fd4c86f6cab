; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:220:3
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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16815 (bvadd ?x15367 (_ bv18446744073709551560 64))))
 (let ((?x13061 (bvadd ?x16815 (_ bv7 64))))
 (let (($x12937 (bvult (bvsub ?x13061 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10066 (bvlshr (bvsub ?x13061 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10535 (and (bvult ?x10066 ncpu) (bvult (bvsub ?x13061 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10066 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x17344 (bvlshr (bvsub ?x13061 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16369 (and (bvult ?x17344 ncpu) (bvult (bvsub ?x13061 (bvadd (_ bv18446741874687344640 64) (bvmul ?x17344 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12049 (bvlshr (bvsub ?x13061 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15176 (and (bvult ?x12049 ncpu) (bvult (bvsub ?x13061 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12049 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9499 (or (bvult (bvsub ?x13061 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13061 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13061 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15176 $x16369 $x10535 $x12937)))
 (let (($x12496 (bvult (bvsub ?x16815 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11856 (bvlshr (bvsub ?x16815 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14745 (and (bvult ?x11856 ncpu) (bvult (bvsub ?x16815 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11856 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2976 (bvlshr (bvsub ?x16815 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2477 (and (bvult ?x2976 ncpu) (bvult (bvsub ?x16815 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2976 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14311 (bvlshr (bvsub ?x16815 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8697 (and (bvult ?x14311 ncpu) (bvult (bvsub ?x16815 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14311 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18852 (or (bvult (bvsub ?x16815 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16815 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16815 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8697 $x2477 $x14745 $x12496)))
 (or (not $x18852) (not $x9499))))))))))))))))))))))
(check-sat)
