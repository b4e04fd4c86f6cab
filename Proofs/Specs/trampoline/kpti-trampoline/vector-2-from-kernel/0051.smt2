; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 2 from kernel
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
 (let ((?x1435 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x7652 (bvadd ?x1435 (_ bv18446744073709551560 64))))
 (let ((?x6001 (bvadd ?x7652 (_ bv7 64))))
 (let (($x5949 (bvult (bvsub ?x6001 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x1326 (bvlshr (bvsub ?x6001 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4096 (and (bvult ?x1326 ncpu) (bvult (bvsub ?x6001 (bvadd (_ bv18446683600570023936 64) (bvmul ?x1326 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8299 (bvlshr (bvsub ?x6001 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5352 (and (bvult ?x8299 ncpu) (bvult (bvsub ?x6001 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8299 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7221 (bvlshr (bvsub ?x6001 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7961 (and (bvult ?x7221 ncpu) (bvult (bvsub ?x6001 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7221 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4492 (or (bvult (bvsub ?x6001 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6001 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6001 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7961 $x5352 $x4096 $x5949)))
 (let (($x5425 (bvult (bvsub ?x7652 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5078 (bvlshr (bvsub ?x7652 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3966 (and (bvult ?x5078 ncpu) (bvult (bvsub ?x7652 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5078 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7209 (bvlshr (bvsub ?x7652 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3645 (and (bvult ?x7209 ncpu) (bvult (bvsub ?x7652 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7209 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6154 (bvlshr (bvsub ?x7652 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2863 (and (bvult ?x6154 ncpu) (bvult (bvsub ?x7652 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6154 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8520 (or (bvult (bvsub ?x7652 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7652 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7652 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2863 $x3645 $x3966 $x5425)))
 (or (not $x8520) (not $x4492))))))))))))))))))))))
(check-sat)
