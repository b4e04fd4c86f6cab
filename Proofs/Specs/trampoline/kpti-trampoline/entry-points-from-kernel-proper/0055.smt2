; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
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
 (let ((?x4233 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x5996 (bvadd ?x4233 (_ bv18446744073709551600 64))))
 (let ((?x5330 (bvadd ?x5996 (_ bv7 64))))
 (let (($x7305 (bvult (bvsub ?x5330 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2790 (bvlshr (bvsub ?x5330 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3986 (and (bvult ?x2790 ncpu) (bvult (bvsub ?x5330 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2790 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x169 (bvlshr (bvsub ?x5330 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x325 (and (bvult ?x169 ncpu) (bvult (bvsub ?x5330 (bvadd (_ bv18446741874687344640 64) (bvmul ?x169 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x651 (bvlshr (bvsub ?x5330 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1871 (and (bvult ?x651 ncpu) (bvult (bvsub ?x5330 (bvadd (_ bv18446612686364999680 64) (bvmul ?x651 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1764 (or (bvult (bvsub ?x5330 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5330 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5330 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1871 $x325 $x3986 $x7305)))
 (let (($x2910 (bvult (bvsub ?x5996 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4224 (bvlshr (bvsub ?x5996 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3036 (and (bvult ?x4224 ncpu) (bvult (bvsub ?x5996 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4224 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x409 (bvlshr (bvsub ?x5996 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5819 (and (bvult ?x409 ncpu) (bvult (bvsub ?x5996 (bvadd (_ bv18446741874687344640 64) (bvmul ?x409 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6388 (bvlshr (bvsub ?x5996 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1352 (and (bvult ?x6388 ncpu) (bvult (bvsub ?x5996 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6388 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6226 (or (bvult (bvsub ?x5996 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x5996 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x5996 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x1352 $x5819 $x3036 $x2910)))
 (or (not $x6226) (not $x1764))))))))))))))))))))))
(check-sat)
