; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:212:3
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
 (let ((?x11878 (bvadd ?x944 (_ bv18446744073709551536 64))))
 (let ((?x13049 (bvadd ?x11878 (_ bv7 64))))
 (let (($x639 (bvult (bvsub ?x13049 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4968 (bvlshr (bvsub ?x13049 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8851 (and (bvult ?x4968 ncpu) (bvult (bvsub ?x13049 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4968 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1256 (bvlshr (bvsub ?x13049 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11110 (and (bvult ?x1256 ncpu) (bvult (bvsub ?x13049 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1256 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10271 (bvlshr (bvsub ?x13049 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3362 (and (bvult ?x10271 ncpu) (bvult (bvsub ?x13049 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10271 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7158 (or (bvult (bvsub ?x13049 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13049 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13049 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3362 $x11110 $x8851 $x639)))
 (let (($x4578 (bvult (bvsub ?x11878 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11907 (bvlshr (bvsub ?x11878 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5868 (and (bvult ?x11907 ncpu) (bvult (bvsub ?x11878 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11907 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8788 (bvlshr (bvsub ?x11878 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1931 (and (bvult ?x8788 ncpu) (bvult (bvsub ?x11878 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8788 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12593 (bvlshr (bvsub ?x11878 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2785 (and (bvult ?x12593 ncpu) (bvult (bvsub ?x11878 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12593 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11721 (or (bvult (bvsub ?x11878 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x11878 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x11878 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2785 $x1931 $x5868 $x4578)))
 (or (not $x11721) (not $x7158))))))))))))))))))))))
(check-sat)
