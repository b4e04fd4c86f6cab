; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:215:3
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
 (let ((?x944 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10816 (bvadd ?x944 (_ bv18446744073709551560 64))))
 (let ((?x8212 (bvadd ?x10816 (_ bv7 64))))
 (let (($x1227 (bvult (bvsub ?x8212 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12161 (bvlshr (bvsub ?x8212 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x316 (and (bvult ?x12161 ncpu) (bvult (bvsub ?x8212 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12161 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10930 (bvlshr (bvsub ?x8212 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11609 (and (bvult ?x10930 ncpu) (bvult (bvsub ?x8212 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10930 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10180 (bvlshr (bvsub ?x8212 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10990 (and (bvult ?x10180 ncpu) (bvult (bvsub ?x8212 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10180 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9962 (or (bvult (bvsub ?x8212 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x8212 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x8212 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10990 $x11609 $x316 $x1227)))
 (let (($x11048 (bvult (bvsub ?x10816 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6639 (bvlshr (bvsub ?x10816 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3694 (and (bvult ?x6639 ncpu) (bvult (bvsub ?x10816 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6639 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11136 (bvlshr (bvsub ?x10816 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7078 (and (bvult ?x11136 ncpu) (bvult (bvsub ?x10816 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11136 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11649 (bvlshr (bvsub ?x10816 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11409 (and (bvult ?x11649 ncpu) (bvult (bvsub ?x10816 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11649 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4431 (or (bvult (bvsub ?x10816 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10816 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10816 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11409 $x7078 $x3694 $x11048)))
 (or (not $x4431) (not $x9962))))))))))))))))))))))
(check-sat)
