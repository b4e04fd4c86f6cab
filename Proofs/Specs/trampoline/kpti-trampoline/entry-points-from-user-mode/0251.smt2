; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:154:3
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
 (let ((?x35786 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv8192 64)) (_ bv18446744073709551600 64))))
 (let ((?x49455 (bvadd ?x35786 (_ bv18446744073709551584 64))))
 (let ((?x44963 (bvadd ?x49455 (_ bv7 64))))
 (let (($x52077 (bvult (bvsub ?x44963 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x52067 (bvlshr (bvsub ?x44963 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x52074 (bvult (bvsub ?x44963 (bvadd (_ bv18446683600570023936 64) (bvmul ?x52067 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x52068 (bvult ?x52067 ncpu)))
 (let ((?x52057 (bvlshr (bvsub ?x44963 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52062 (bvult (bvsub ?x44963 (bvadd (_ bv18446741874687344640 64) (bvmul ?x52057 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x52058 (bvult ?x52057 ncpu)))
 (let ((?x47956 (bvlshr (bvsub ?x44963 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x38136 (bvult (bvsub ?x44963 (bvadd (_ bv18446612686364999680 64) (bvmul ?x47956 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x50898 (bvult ?x47956 ncpu)))
 (let (($x62819 (bvult (bvsub ?x44963 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x65282 (bvult (bvsub ?x44963 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x60810 (bvult (bvsub ?x44963 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (let (($x58658 (or $x60810 $x65282 $x62819 (and $x50898 $x38136) (and $x52058 $x52062) (and $x52068 $x52074) $x52077)))
 (let (($x53988 (bvult (bvsub ?x49455 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x48548 (bvlshr (bvsub ?x49455 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x48022 (bvult (bvsub ?x49455 (bvadd (_ bv18446683600570023936 64) (bvmul ?x48548 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x45206 (bvult ?x48548 ncpu)))
 (let (($x28084 (and $x45206 $x48022)))
 (let ((?x36843 (bvlshr (bvsub ?x49455 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x47604 (bvult (bvsub ?x49455 (bvadd (_ bv18446741874687344640 64) (bvmul ?x36843 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x36716 (bvult ?x36843 ncpu)))
 (let ((?x54004 (bvlshr (bvsub ?x49455 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x35603 (bvult (bvsub ?x49455 (bvadd (_ bv18446612686364999680 64) (bvmul ?x54004 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x51972 (bvult ?x54004 ncpu)))
 (let (($x66878 (bvult (bvsub ?x49455 (_ bv18446741874686296064 64)) (_ bv4096 64))))
 (let (($x42187 (bvult (bvsub ?x49455 (_ bv18446744071593525248 64)) (_ bv4096 64))))
 (let (($x64863 (bvult (bvsub ?x49455 (_ bv18446744071578845184 64)) (_ bv14680064 64))))
 (or (not (or $x64863 $x42187 $x66878 (and $x51972 $x35603) (and $x36716 $x47604) $x28084 $x53988)) (not $x58658))))))))))))))))))))))))))))))))))
(check-sat)
