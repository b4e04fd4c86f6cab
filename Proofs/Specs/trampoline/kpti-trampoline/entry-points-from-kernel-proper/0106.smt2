; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:218:3
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
 (let ((?x5362 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x3110 (bvadd ?x5362 (_ bv18446744073709551544 64))))
 (let ((?x11664 (bvadd ?x3110 (_ bv7 64))))
 (let (($x11557 (bvult (bvsub ?x11664 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8991 (bvlshr (bvsub ?x11664 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11536 (and (bvult ?x8991 ncpu) (bvult (bvsub ?x11664 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8991 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x9841 (bvlshr (bvsub ?x11664 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9826 (and (bvult ?x9841 ncpu) (bvult (bvsub ?x11664 (bvadd (_ bv18446741874687344640 64) (bvmul ?x9841 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9631 (bvlshr (bvsub ?x11664 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9333 (and (bvult ?x9631 ncpu) (bvult (bvsub ?x11664 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9631 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10945 (or (bvult (bvsub ?x11664 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11664 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11664 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x9333 $x9826 $x11536 $x11557)))
 (let (($x10692 (bvult (bvsub ?x3110 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7469 (bvlshr (bvsub ?x3110 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5200 (and (bvult ?x7469 ncpu) (bvult (bvsub ?x3110 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7469 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11531 (bvlshr (bvsub ?x3110 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9730 (and (bvult ?x11531 ncpu) (bvult (bvsub ?x3110 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11531 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1228 (bvlshr (bvsub ?x3110 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7254 (and (bvult ?x1228 ncpu) (bvult (bvsub ?x3110 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1228 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11925 (or (bvult (bvsub ?x3110 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3110 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3110 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7254 $x9730 $x5200 $x10692)))
 (or (not $x11925) (not $x10945))))))))))))))))))))))
(check-sat)
