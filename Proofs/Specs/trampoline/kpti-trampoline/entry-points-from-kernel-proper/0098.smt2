; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:207:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x12581 (bvadd ?x9097 (_ bv18446744073709551496 64))))
 (let ((?x9593 (bvadd ?x12581 (_ bv7 64))))
 (let (($x3916 (bvult (bvsub ?x9593 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11638 (bvlshr (bvsub ?x9593 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8349 (and (bvult ?x11638 ncpu) (bvult (bvsub ?x9593 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11638 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x2694 (bvlshr (bvsub ?x9593 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10795 (and (bvult ?x2694 ncpu) (bvult (bvsub ?x9593 (bvadd (_ bv18446741874687344640 64) (bvmul ?x2694 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12945 (bvlshr (bvsub ?x9593 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1918 (and (bvult ?x12945 ncpu) (bvult (bvsub ?x9593 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12945 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2638 (or (bvult (bvsub ?x9593 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x9593 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x9593 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1918 $x10795 $x8349 $x3916)))
 (let (($x10911 (bvult (bvsub ?x12581 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8383 (bvlshr (bvsub ?x12581 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11479 (and (bvult ?x8383 ncpu) (bvult (bvsub ?x12581 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8383 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10730 (bvlshr (bvsub ?x12581 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7842 (and (bvult ?x10730 ncpu) (bvult (bvsub ?x12581 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10730 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8351 (bvlshr (bvsub ?x12581 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12260 (and (bvult ?x8351 ncpu) (bvult (bvsub ?x12581 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8351 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5931 (or (bvult (bvsub ?x12581 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12581 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12581 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12260 $x7842 $x11479 $x10911)))
 (or (not $x5931) (not $x2638))))))))))))))))))))))
(check-sat)
