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
 (let ((?x15367 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x12047 (bvadd ?x15367 (_ bv18446744073709551592 64))))
 (let ((?x14752 (bvadd ?x12047 (_ bv7 64))))
 (let (($x14742 (bvult (bvsub ?x14752 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8946 (bvlshr (bvsub ?x14752 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15885 (and (bvult ?x8946 ncpu) (bvult (bvsub ?x14752 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8946 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8723 (bvlshr (bvsub ?x14752 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15691 (and (bvult ?x8723 ncpu) (bvult (bvsub ?x14752 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8723 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6988 (bvlshr (bvsub ?x14752 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16544 (and (bvult ?x6988 ncpu) (bvult (bvsub ?x14752 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6988 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16598 (or (bvult (bvsub ?x14752 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14752 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14752 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16544 $x15691 $x15885 $x14742)))
 (let (($x11952 (bvult (bvsub ?x12047 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16327 (bvlshr (bvsub ?x12047 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14889 (and (bvult ?x16327 ncpu) (bvult (bvsub ?x12047 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16327 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11994 (bvlshr (bvsub ?x12047 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14775 (and (bvult ?x11994 ncpu) (bvult (bvsub ?x12047 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11994 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12633 (bvlshr (bvsub ?x12047 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15086 (and (bvult ?x12633 ncpu) (bvult (bvsub ?x12047 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12633 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x165 (or (bvult (bvsub ?x12047 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12047 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12047 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15086 $x14775 $x14889 $x11952)))
 (or (not $x165) (not $x16598))))))))))))))))))))))
(check-sat)
