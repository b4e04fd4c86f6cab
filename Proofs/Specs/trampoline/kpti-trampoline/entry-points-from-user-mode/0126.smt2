; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:210:3
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
 (let ((?x25115 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x33767 (bvadd ?x25115 (_ bv18446744073709551488 64))))
 (let ((?x31321 (bvadd ?x33767 (_ bv7 64))))
 (let (($x25588 (bvult (bvsub ?x31321 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x28316 (bvlshr (bvsub ?x31321 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x32702 (bvult (bvsub ?x31321 (bvadd (_ bv18446683600570023936 64) (bvmul ?x28316 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x33917 (bvult ?x28316 ncpu)))
 (let ((?x29214 (bvlshr (bvsub ?x31321 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4103 (bvult (bvsub ?x31321 (bvadd (_ bv18446741874687344640 64) (bvmul ?x29214 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x31329 (bvult ?x29214 ncpu)))
 (let ((?x27690 (bvlshr (bvsub ?x31321 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x31932 (bvult (bvsub ?x31321 (bvadd (_ bv18446612686364999680 64) (bvmul ?x27690 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x30355 (bvult ?x27690 ncpu)))
 (let (($x32319 (or (bvult (bvsub ?x31321 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x31321 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x31321 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x30355 $x31932) (and $x31329 $x4103) (and $x33917 $x32702) $x25588)))
 (let (($x19353 (bvult (bvsub ?x33767 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x33470 (bvlshr (bvsub ?x33767 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x33361 (bvult (bvsub ?x33767 (bvadd (_ bv18446683600570023936 64) (bvmul ?x33470 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x31923 (bvult ?x33470 ncpu)))
 (let (($x9753 (and $x31923 $x33361)))
 (let ((?x34247 (bvlshr (bvsub ?x33767 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x33341 (bvult (bvsub ?x33767 (bvadd (_ bv18446741874687344640 64) (bvmul ?x34247 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x3892 (bvult ?x34247 ncpu)))
 (let ((?x21167 (bvlshr (bvsub ?x33767 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x33623 (bvult (bvsub ?x33767 (bvadd (_ bv18446612686364999680 64) (bvmul ?x21167 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x34283 (bvult ?x21167 ncpu)))
 (let (($x30134 (or (bvult (bvsub ?x33767 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x33767 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x33767 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x34283 $x33623) (and $x3892 $x33341) $x9753 $x19353)))
 (or (not $x30134) (not $x32319)))))))))))))))))))))))))))))
(check-sat)
