; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:148:3
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
 (let ((?x6078 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x7243 (bvadd ?x6078 (_ bv18446744073709551592 64))))
 (let ((?x13271 (bvadd ?x7243 (_ bv7 64))))
 (let (($x12187 (bvult (bvsub ?x13271 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11639 (bvlshr (bvsub ?x13271 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12268 (bvult (bvsub ?x13271 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11639 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x13765 (bvult ?x11639 ncpu)))
 (let ((?x13547 (bvlshr (bvsub ?x13271 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11753 (bvult (bvsub ?x13271 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13547 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x11862 (bvult ?x13547 ncpu)))
 (let ((?x5345 (bvlshr (bvsub ?x13271 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10932 (bvult (bvsub ?x13271 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5345 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x5275 (bvult ?x5345 ncpu)))
 (let (($x17436 (or (bvult (bvsub ?x13271 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13271 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13271 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x5275 $x10932) (and $x11862 $x11753) (and $x13765 $x12268) $x12187)))
 (let (($x10957 (bvult (bvsub ?x7243 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4714 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x10847 (bvult (bvsub ?x7243 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4714 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x4530 (bvult ?x4714 ncpu)))
 (let (($x5065 (and $x4530 $x10847)))
 (let ((?x11051 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5245 (bvult (bvsub ?x7243 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11051 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x11063 (bvult ?x11051 ncpu)))
 (let ((?x16132 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16504 (bvult (bvsub ?x7243 (bvadd (_ bv18446612686364999680 64) (bvmul ?x16132 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x4417 (bvult ?x16132 ncpu)))
 (let (($x5731 (or (bvult (bvsub ?x7243 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7243 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7243 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x4417 $x16504) (and $x11063 $x5245) $x5065 $x10957)))
 (or (not $x5731) (not $x17436)))))))))))))))))))))))))))))
(check-sat)
