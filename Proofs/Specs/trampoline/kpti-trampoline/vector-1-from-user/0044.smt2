; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 1 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:205:3
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
 (let ((?x6046 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x12837 (bvadd ?x6046 (_ bv18446744073709551488 64))))
 (let ((?x13256 (bvadd ?x12837 (_ bv7 64))))
 (let (($x5766 (bvult (bvsub ?x13256 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1882 (bvlshr (bvsub ?x13256 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x8393 (bvult (bvsub ?x13256 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1882 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x14802 (bvult ?x1882 ncpu)))
 (let ((?x11951 (bvlshr (bvsub ?x13256 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17656 (bvult (bvsub ?x13256 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11951 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x20345 (bvult ?x11951 ncpu)))
 (let ((?x4267 (bvlshr (bvsub ?x13256 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x18964 (bvult (bvsub ?x13256 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4267 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x5142 (bvult ?x4267 ncpu)))
 (let (($x20154 (or (bvult (bvsub ?x13256 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13256 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13256 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x5142 $x18964) (and $x20345 $x17656) (and $x14802 $x8393) $x5766)))
 (let (($x16876 (bvult (bvsub ?x12837 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12116 (bvlshr (bvsub ?x12837 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10165 (bvult (bvsub ?x12837 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12116 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x3612 (bvult ?x12116 ncpu)))
 (let (($x11053 (and $x3612 $x10165)))
 (let ((?x5629 (bvlshr (bvsub ?x12837 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17234 (bvult (bvsub ?x12837 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5629 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x15603 (bvult ?x5629 ncpu)))
 (let ((?x5472 (bvlshr (bvsub ?x12837 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12871 (bvult (bvsub ?x12837 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5472 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x8528 (bvult ?x5472 ncpu)))
 (let (($x17582 (or (bvult (bvsub ?x12837 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12837 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12837 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x8528 $x12871) (and $x15603 $x17234) $x11053 $x16876)))
 (or (not $x17582) (not $x20154)))))))))))))))))))))))))))))
(check-sat)
