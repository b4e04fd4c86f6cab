; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x4927 (bvadd ?x1435 (_ bv18446744073709551544 64))))
 (let ((?x3836 (bvadd ?x4927 (_ bv7 64))))
 (let (($x3690 (bvult (bvsub ?x3836 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6568 (bvlshr (bvsub ?x3836 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6944 (and (bvult ?x6568 ncpu) (bvult (bvsub ?x3836 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6568 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3931 (bvlshr (bvsub ?x3836 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5470 (and (bvult ?x3931 ncpu) (bvult (bvsub ?x3836 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3931 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4391 (bvlshr (bvsub ?x3836 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5306 (and (bvult ?x4391 ncpu) (bvult (bvsub ?x3836 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4391 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9690 (or (bvult (bvsub ?x3836 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3836 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3836 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5306 $x5470 $x6944 $x3690)))
 (let (($x5013 (bvult (bvsub ?x4927 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6403 (bvlshr (bvsub ?x4927 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7339 (and (bvult ?x6403 ncpu) (bvult (bvsub ?x4927 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6403 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3134 (bvlshr (bvsub ?x4927 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6824 (and (bvult ?x3134 ncpu) (bvult (bvsub ?x4927 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3134 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7096 (bvlshr (bvsub ?x4927 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6262 (and (bvult ?x7096 ncpu) (bvult (bvsub ?x4927 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7096 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2633 (or (bvult (bvsub ?x4927 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4927 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4927 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6262 $x6824 $x7339 $x5013)))
 (or (not $x2633) (not $x9690))))))))))))))))))))))
(check-sat)
