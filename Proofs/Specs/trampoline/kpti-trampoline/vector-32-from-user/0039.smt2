; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:150:3
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
 (let ((?x12798 (bvadd ?x6078 (_ bv18446744073709551576 64))))
 (let ((?x5480 (bvadd ?x12798 (_ bv7 64))))
 (let (($x1784 (bvult (bvsub ?x5480 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x10327 (bvlshr (bvsub ?x5480 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3847 (bvult (bvsub ?x5480 (bvadd (_ bv18446683600570023936 64) (bvmul ?x10327 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x10216 (bvult ?x10327 ncpu)))
 (let ((?x5168 (bvlshr (bvsub ?x5480 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4768 (bvult (bvsub ?x5480 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5168 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x4964 (bvult ?x5168 ncpu)))
 (let ((?x4502 (bvlshr (bvsub ?x5480 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11255 (bvult (bvsub ?x5480 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4502 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11226 (bvult ?x4502 ncpu)))
 (let (($x12702 (or (bvult (bvsub ?x5480 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5480 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5480 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11226 $x11255) (and $x4964 $x4768) (and $x10216 $x3847) $x1784)))
 (let (($x11231 (bvult (bvsub ?x12798 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15685 (bvlshr (bvsub ?x12798 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18254 (bvult (bvsub ?x12798 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15685 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x15613 (bvult ?x15685 ncpu)))
 (let (($x5849 (and $x15613 $x18254)))
 (let ((?x5852 (bvlshr (bvsub ?x12798 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15900 (bvult (bvsub ?x12798 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5852 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x5562 (bvult ?x5852 ncpu)))
 (let ((?x12854 (bvlshr (bvsub ?x12798 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12486 (bvult (bvsub ?x12798 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12854 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11108 (bvult ?x12854 ncpu)))
 (let (($x20182 (or (bvult (bvsub ?x12798 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x12798 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x12798 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11108 $x12486) (and $x5562 $x15900) $x5849 $x11231)))
 (or (not $x20182) (not $x12702)))))))))))))))))))))))))))))
(check-sat)
