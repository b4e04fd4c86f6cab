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
 (let ((?x2156 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x10088 (bvadd ?x2156 (_ bv18446744073709551592 64))))
 (let ((?x1139 (bvadd ?x10088 (_ bv7 64))))
 (let (($x1010 (bvult (bvsub ?x1139 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x490 (bvlshr (bvsub ?x1139 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x849 (and (bvult ?x490 ncpu) (bvult (bvsub ?x1139 (bvadd (_ bv18446683600570023936 64) (bvmul ?x490 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x1024 (bvlshr (bvsub ?x1139 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4671 (and (bvult ?x1024 ncpu) (bvult (bvsub ?x1139 (bvadd (_ bv18446741874687344640 64) (bvmul ?x1024 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7405 (bvlshr (bvsub ?x1139 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3387 (and (bvult ?x7405 ncpu) (bvult (bvsub ?x1139 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7405 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7665 (or (bvult (bvsub ?x1139 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1139 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1139 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3387 $x4671 $x849 $x1010)))
 (let (($x6575 (bvult (bvsub ?x10088 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8420 (bvlshr (bvsub ?x10088 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9374 (and (bvult ?x8420 ncpu) (bvult (bvsub ?x10088 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8420 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4895 (bvlshr (bvsub ?x10088 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2650 (and (bvult ?x4895 ncpu) (bvult (bvsub ?x10088 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4895 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10543 (bvlshr (bvsub ?x10088 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6893 (and (bvult ?x10543 ncpu) (bvult (bvsub ?x10088 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10543 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7356 (or (bvult (bvsub ?x10088 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10088 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10088 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6893 $x2650 $x9374 $x6575)))
 (or (not $x7356) (not $x7665))))))))))))))))))))))
(check-sat)
