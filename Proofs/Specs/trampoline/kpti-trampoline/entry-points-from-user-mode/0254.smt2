; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x48025 (bvadd ?x35786 (_ bv18446744073709551576 64))))
 (let ((?x48897 (bvadd ?x48025 (_ bv7 64))))
 (let (($x53063 (bvult (bvsub ?x48897 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x53162 (bvlshr (bvsub ?x48897 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x53096 (bvult (bvsub ?x48897 (bvadd (_ bv18446683600570023936 64) (bvmul ?x53162 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x53173 (bvult ?x53162 ncpu)))
 (let ((?x27599 (bvlshr (bvsub ?x48897 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x52956 (bvult (bvsub ?x48897 (bvadd (_ bv18446741874687344640 64) (bvmul ?x27599 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x53084 (bvult ?x27599 ncpu)))
 (let ((?x51882 (bvlshr (bvsub ?x48897 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x49211 (bvult (bvsub ?x48897 (bvadd (_ bv18446612686364999680 64) (bvmul ?x51882 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x41012 (bvult ?x51882 ncpu)))
 (let (($x70301 (or (bvult (bvsub ?x48897 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x48897 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x48897 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x41012 $x49211) (and $x53084 $x52956) (and $x53173 $x53096) $x53063)))
 (let (($x43873 (bvult (bvsub ?x48025 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x34005 (bvlshr (bvsub ?x48025 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x37639 (bvult (bvsub ?x48025 (bvadd (_ bv18446683600570023936 64) (bvmul ?x34005 (_ bv16384 64)))) (_ bv16384 64))))
 (let (($x45488 (bvult ?x34005 ncpu)))
 (let (($x40248 (and $x45488 $x37639)))
 (let ((?x51245 (bvlshr (bvsub ?x48025 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x39388 (bvult (bvsub ?x48025 (bvadd (_ bv18446741874687344640 64) (bvmul ?x51245 (_ bv65536 64)))) (_ bv24576 64))))
 (let (($x48913 (bvult ?x51245 ncpu)))
 (let ((?x48328 (bvlshr (bvsub ?x48025 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x40534 (bvult (bvsub ?x48025 (bvadd (_ bv18446612686364999680 64) (bvmul ?x48328 (_ bv65536 64)))) (_ bv65536 64))))
 (let (($x52938 (bvult ?x48328 ncpu)))
 (let (($x64598 (or (bvult (bvsub ?x48025 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x48025 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x48025 (_ bv18446741874686296064 64)) (_ bv4096 64)) (and $x52938 $x40534) (and $x48913 $x39388) $x40248 $x43873)))
 (or (not $x64598) (not $x70301)))))))))))))))))))))))))))))
(check-sat)
