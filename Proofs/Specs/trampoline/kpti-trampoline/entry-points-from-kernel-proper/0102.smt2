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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x11328 (bvadd ?x2156 (_ bv18446744073709551528 64))))
 (let ((?x10156 (bvadd ?x11328 (_ bv7 64))))
 (let (($x11540 (bvult (bvsub ?x10156 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10904 (bvlshr (bvsub ?x10156 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2161 (and (bvult ?x10904 ncpu) (bvult (bvsub ?x10156 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10904 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3370 (bvlshr (bvsub ?x10156 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11590 (and (bvult ?x3370 ncpu) (bvult (bvsub ?x10156 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3370 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8917 (bvlshr (bvsub ?x10156 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10980 (and (bvult ?x8917 ncpu) (bvult (bvsub ?x10156 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8917 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1358 (or (bvult (bvsub ?x10156 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10156 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10156 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10980 $x11590 $x2161 $x11540)))
 (let (($x7730 (bvult (bvsub ?x11328 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4750 (bvlshr (bvsub ?x11328 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6861 (and (bvult ?x4750 ncpu) (bvult (bvsub ?x11328 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4750 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2364 (bvlshr (bvsub ?x11328 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5206 (and (bvult ?x2364 ncpu) (bvult (bvsub ?x11328 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2364 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9496 (bvlshr (bvsub ?x11328 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3683 (and (bvult ?x9496 ncpu) (bvult (bvsub ?x11328 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9496 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8157 (or (bvult (bvsub ?x11328 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11328 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11328 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3683 $x5206 $x6861 $x7730)))
 (or (not $x8157) (not $x1358))))))))))))))))))))))
(check-sat)
