; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x5945 (bvadd ?x2989 (_ bv18446744073709551600 64))))
 (let ((?x6157 (bvadd ?x5945 (_ bv7 64))))
 (let (($x7357 (bvult (bvsub ?x6157 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5649 (bvlshr (bvsub ?x6157 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6982 (and (bvult ?x5649 ncpu) (bvult (bvsub ?x6157 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5649 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5578 (bvlshr (bvsub ?x6157 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5735 (and (bvult ?x5578 ncpu) (bvult (bvsub ?x6157 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5578 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5463 (bvlshr (bvsub ?x6157 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5645 (and (bvult ?x5463 ncpu) (bvult (bvsub ?x6157 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5463 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10141 (or (bvult (bvsub ?x6157 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6157 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6157 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5645 $x5735 $x6982 $x7357)))
 (let (($x5433 (bvult (bvsub ?x5945 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4093 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5278 (and (bvult ?x4093 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4093 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5202 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5366 (and (bvult ?x5202 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5202 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7031 (bvlshr (bvsub ?x5945 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5176 (and (bvult ?x7031 ncpu) (bvult (bvsub ?x5945 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7031 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9103 (or (bvult (bvsub ?x5945 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5945 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5945 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5176 $x5366 $x5278 $x5433)))
 (or (not $x9103) (not $x10141))))))))))))))))))))))
(check-sat)
