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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x3478 (bvadd ?x3058 (_ bv18446744073709551552 64))))
 (let ((?x5217 (bvadd ?x3478 (_ bv7 64))))
 (let (($x3699 (bvult (bvsub ?x5217 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5530 (bvlshr (bvsub ?x5217 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5513 (and (bvult ?x5530 ncpu) (bvult (bvsub ?x5217 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5530 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7584 (bvlshr (bvsub ?x5217 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1731 (and (bvult ?x7584 ncpu) (bvult (bvsub ?x5217 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7584 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7602 (bvlshr (bvsub ?x5217 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6143 (and (bvult ?x7602 ncpu) (bvult (bvsub ?x5217 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7602 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3571 (or (bvult (bvsub ?x5217 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5217 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5217 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6143 $x1731 $x5513 $x3699)))
 (let (($x7611 (bvult (bvsub ?x3478 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3816 (bvlshr (bvsub ?x3478 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x420 (and (bvult ?x3816 ncpu) (bvult (bvsub ?x3478 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3816 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3743 (bvlshr (bvsub ?x3478 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3975 (and (bvult ?x3743 ncpu) (bvult (bvsub ?x3478 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3743 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4088 (bvlshr (bvsub ?x3478 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3558 (and (bvult ?x4088 ncpu) (bvult (bvsub ?x3478 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4088 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8984 (or (bvult (bvsub ?x3478 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x3478 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x3478 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3558 $x3975 $x420 $x7611)))
 (or (not $x8984) (not $x3571))))))))))))))))))))))
(check-sat)
