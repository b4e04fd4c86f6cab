; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:217:3
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
 (let ((?x2905 (bvadd ?x1435 (_ bv18446744073709551592 64))))
 (let ((?x4750 (bvadd ?x2905 (_ bv7 64))))
 (let (($x1865 (bvult (bvsub ?x4750 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7065 (bvlshr (bvsub ?x4750 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5239 (and (bvult ?x7065 ncpu) (bvult (bvsub ?x4750 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7065 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5027 (bvlshr (bvsub ?x4750 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7899 (and (bvult ?x5027 ncpu) (bvult (bvsub ?x4750 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5027 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5362 (bvlshr (bvsub ?x4750 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3304 (and (bvult ?x5362 ncpu) (bvult (bvsub ?x4750 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5362 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10067 (or (bvult (bvsub ?x4750 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4750 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4750 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3304 $x7899 $x5239 $x1865)))
 (let (($x4719 (bvult (bvsub ?x2905 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4814 (bvlshr (bvsub ?x2905 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4285 (and (bvult ?x4814 ncpu) (bvult (bvsub ?x2905 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4814 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x397 (bvlshr (bvsub ?x2905 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5048 (and (bvult ?x397 ncpu) (bvult (bvsub ?x2905 (bvadd (_ bv18446741874687344640 64) (bvmul ?x397 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5318 (bvlshr (bvsub ?x2905 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4313 (and (bvult ?x5318 ncpu) (bvult (bvsub ?x2905 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5318 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8448 (or (bvult (bvsub ?x2905 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x2905 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x2905 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4313 $x5048 $x4285 $x4719)))
 (or (not $x8448) (not $x10067))))))))))))))))))))))
(check-sat)
