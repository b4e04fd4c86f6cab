; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x13993 (bvadd ?x9097 (_ bv18446744073709551488 64))))
 (let ((?x10416 (bvadd ?x13993 (_ bv7 64))))
 (let (($x4728 (bvult (bvsub ?x10416 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11566 (bvlshr (bvsub ?x10416 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11810 (and (bvult ?x11566 ncpu) (bvult (bvsub ?x10416 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11566 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12843 (bvlshr (bvsub ?x10416 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12798 (and (bvult ?x12843 ncpu) (bvult (bvsub ?x10416 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12843 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x11770 (bvlshr (bvsub ?x10416 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12046 (and (bvult ?x11770 ncpu) (bvult (bvsub ?x10416 (bvadd (_ bv18446612686364999680 64) (bvmul ?x11770 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10024 (or (bvult (bvsub ?x10416 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x10416 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x10416 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12046 $x12798 $x11810 $x4728)))
 (let (($x12760 (bvult (bvsub ?x13993 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9981 (bvlshr (bvsub ?x13993 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2461 (and (bvult ?x9981 ncpu) (bvult (bvsub ?x13993 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9981 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10745 (bvlshr (bvsub ?x13993 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7959 (and (bvult ?x10745 ncpu) (bvult (bvsub ?x13993 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10745 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12325 (bvlshr (bvsub ?x13993 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5381 (and (bvult ?x12325 ncpu) (bvult (bvsub ?x13993 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12325 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12318 (or (bvult (bvsub ?x13993 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13993 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13993 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5381 $x7959 $x2461 $x12760)))
 (or (not $x12318) (not $x10024))))))))))))))))))))))
(check-sat)
