; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:121:3
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
 (let ((?x14242 (bvadd (bvadd (bvadd (_ bv18446612686364999680 64) (bvmul c!6 (_ bv65536 64))) (_ bv20 64)) (_ bv0 64))))
 (let ((?x14211 (bvadd ?x14242 (_ bv7 64))))
 (let (($x9063 (bvult (bvsub ?x14211 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x8798 (bvlshr (bvsub ?x14211 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9020 (bvult (bvsub ?x14211 (bvadd (_ bv18446683600570023936 64) (bvmul ?x8798 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x8976 (bvult ?x8798 ncpu)))
 (let ((?x13090 (bvlshr (bvsub ?x14211 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13145 (bvult (bvsub ?x14211 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13090 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13101 (bvult ?x13090 ncpu)))
 (let ((?x3897 (bvlshr (bvsub ?x14211 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3952 (bvult (bvsub ?x14211 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3897 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x3908 (bvult ?x3897 ncpu)))
 (let (($x11649 (or (bvult (bvsub ?x14211 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14211 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14211 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x3908 $x3952) (and $x13101 $x13145) (and $x8976 $x9020) $x9063)))
 (let (($x3842 (bvult (bvsub ?x14242 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5545 (bvlshr (bvsub ?x14242 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3798 (bvult (bvsub ?x14242 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5545 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x446 (bvult ?x5545 ncpu)))
 (let ((?x13525 (bvlshr (bvsub ?x14242 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13575 (bvult (bvsub ?x14242 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13525 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x13535 (bvult ?x13525 ncpu)))
 (let ((?x13850 (bvlshr (bvsub ?x14242 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8380 (bvult (bvsub ?x14242 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13850 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x11098 (bvult ?x13850 ncpu)))
 (let (($x3294 (or (bvult (bvsub ?x14242 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14242 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14242 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x11098 $x8380) (and $x13535 $x13575) (and $x446 $x3798) $x3842)))
 (or (not $x3294) (not $x11649)))))))))))))))))))))))))))
(check-sat)
