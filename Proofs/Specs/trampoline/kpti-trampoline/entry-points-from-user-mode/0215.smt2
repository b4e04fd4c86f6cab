; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
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
 (let ((?x1387 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x58320 (bvadd ?x1387 (_ bv18446744073709551488 64))))
 (let ((?x40469 (bvadd ?x58320 (_ bv7 64))))
 (let (($x58309 (bvult (bvsub ?x40469 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x62544 (bvlshr (bvsub ?x40469 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x49798 (bvult (bvsub ?x40469 (bvadd (_ bv18446683600570023936 64) (bvmul ?x62544 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x35677 (bvult ?x62544 ncpu)))
 (let ((?x46524 (bvlshr (bvsub ?x40469 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x49706 (bvult (bvsub ?x40469 (bvadd (_ bv18446741874687344640 64) (bvmul ?x46524 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x48333 (bvult ?x46524 ncpu)))
 (let ((?x52546 (bvlshr (bvsub ?x40469 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x58229 (bvult (bvsub ?x40469 (bvadd (_ bv18446612686364999680 64) (bvmul ?x52546 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x54718 (bvult ?x52546 ncpu)))
 (let (($x39136 (or (bvult (bvsub ?x40469 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x40469 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x40469 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x54718 $x58229) (and $x48333 $x49706) (and $x35677 $x49798) $x58309)))
 (let (($x59621 (bvult (bvsub ?x58320 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x57896 (bvlshr (bvsub ?x58320 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x59415 (bvult (bvsub ?x58320 (bvadd (_ bv18446683600570023936 64) (bvmul ?x57896 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x59439 (bvult ?x57896 ncpu)))
 (let (($x58575 (and $x59439 $x59415)))
 (let ((?x59435 (bvlshr (bvsub ?x58320 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x59380 (bvult (bvsub ?x58320 (bvadd (_ bv18446741874687344640 64) (bvmul ?x59435 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x59425 (bvult ?x59435 ncpu)))
 (let ((?x54578 (bvlshr (bvsub ?x58320 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x51126 (bvult (bvsub ?x58320 (bvadd (_ bv18446612686364999680 64) (bvmul ?x54578 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x61837 (bvult ?x54578 ncpu)))
 (let (($x52587 (or (bvult (bvsub ?x58320 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x58320 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x58320 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x61837 $x51126) (and $x59425 $x59380) $x58575 $x59621)))
 (or (not $x52587) (not $x39136)))))))))))))))))))))))))))))
(check-sat)
