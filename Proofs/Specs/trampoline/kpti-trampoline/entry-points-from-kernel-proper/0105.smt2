; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:219:3
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
 (let ((?x2475 (bvadd ?x2156 (_ bv18446744073709551552 64))))
 (let ((?x2270 (bvadd ?x2475 (_ bv7 64))))
 (let (($x10047 (bvult (bvsub ?x2270 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10216 (bvlshr (bvsub ?x2270 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8277 (and (bvult ?x10216 ncpu) (bvult (bvsub ?x2270 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10216 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10427 (bvlshr (bvsub ?x2270 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3538 (and (bvult ?x10427 ncpu) (bvult (bvsub ?x2270 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10427 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10898 (bvlshr (bvsub ?x2270 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4095 (and (bvult ?x10898 ncpu) (bvult (bvsub ?x2270 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10898 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12765 (or (bvult (bvsub ?x2270 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2270 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2270 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4095 $x3538 $x8277 $x10047)))
 (let (($x7950 (bvult (bvsub ?x2475 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8318 (bvlshr (bvsub ?x2475 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10196 (and (bvult ?x8318 ncpu) (bvult (bvsub ?x2475 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8318 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7605 (bvlshr (bvsub ?x2475 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10505 (and (bvult ?x7605 ncpu) (bvult (bvsub ?x2475 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7605 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10955 (bvlshr (bvsub ?x2475 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8783 (and (bvult ?x10955 ncpu) (bvult (bvsub ?x2475 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10955 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x11454 (or (bvult (bvsub ?x2475 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2475 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2475 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8783 $x10505 $x10196 $x7950)))
 (or (not $x11454) (not $x12765))))))))))))))))))))))
(check-sat)
