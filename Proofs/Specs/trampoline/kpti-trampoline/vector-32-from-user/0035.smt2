; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 32 from user
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:149:3
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
 (let ((?x5716 (bvadd ?x6078 (_ bv18446744073709551584 64))))
 (let ((?x4724 (bvadd ?x5716 (_ bv7 64))))
 (let (($x14839 (bvult (bvsub ?x4724 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x15620 (bvlshr (bvsub ?x4724 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14655 (bvult (bvsub ?x4724 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15620 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x14461 (bvult ?x15620 ncpu)))
 (let ((?x14425 (bvlshr (bvsub ?x4724 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15558 (bvult (bvsub ?x4724 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14425 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x14390 (bvult ?x14425 ncpu)))
 (let ((?x13511 (bvlshr (bvsub ?x4724 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16330 (bvult (bvsub ?x4724 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13511 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x13405 (bvult ?x13511 ncpu)))
 (let (($x7606 (bvult (bvsub ?x4724 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x6555 (bvult (bvsub ?x4724 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x16945 (bvult (bvsub ?x4724 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x19347 (or $x16945 $x6555 $x7606 (and $x13405 $x16330) (and $x14390 $x15558) (and $x14461 $x14655) $x14839)))
 (let (($x17352 (bvult (bvsub ?x5716 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x16139 (bvlshr (bvsub ?x5716 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5136 (bvult (bvsub ?x5716 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16139 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x13147 (bvult ?x16139 ncpu)))
 (let (($x14521 (and $x13147 $x5136)))
 (let ((?x10272 (bvlshr (bvsub ?x5716 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11407 (bvult (bvsub ?x5716 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10272 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x16299 (bvult ?x10272 ncpu)))
 (let ((?x12058 (bvlshr (bvsub ?x5716 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10838 (bvult (bvsub ?x5716 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12058 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x4445 (bvult ?x12058 ncpu)))
 (let (($x17208 (bvult (bvsub ?x5716 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x17944 (bvult (bvsub ?x5716 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x5161 (bvult (bvsub ?x5716 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (or (not (or $x5161 $x17944 $x17208 (and $x4445 $x10838) (and $x16299 $x11407) $x14521 $x17352)) (not $x19347))))))))))))))))))))))))))))))))))
(check-sat)
