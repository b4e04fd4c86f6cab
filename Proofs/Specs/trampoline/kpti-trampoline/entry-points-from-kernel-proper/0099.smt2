; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:208:3
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
 (let ((?x9097 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv12288 64)) (_ bv18446744073709551600 64))))
 (let ((?x6505 (bvadd ?x9097 (_ bv18446744073709551504 64))))
 (let ((?x7895 (bvadd ?x6505 (_ bv7 64))))
 (let (($x50 (bvult (bvsub ?x7895 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5647 (bvlshr (bvsub ?x7895 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1823 (and (bvult ?x5647 ncpu) (bvult (bvsub ?x7895 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5647 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3448 (bvlshr (bvsub ?x7895 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12003 (and (bvult ?x3448 ncpu) (bvult (bvsub ?x7895 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3448 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13413 (bvlshr (bvsub ?x7895 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12039 (and (bvult ?x13413 ncpu) (bvult (bvsub ?x7895 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13413 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x6546 (or (bvult (bvsub ?x7895 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7895 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7895 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x12039 $x12003 $x1823 $x50)))
 (let (($x13260 (bvult (bvsub ?x6505 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x13378 (bvlshr (bvsub ?x6505 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13406 (and (bvult ?x13378 ncpu) (bvult (bvsub ?x6505 (bvadd (_ bv18446683600570023936 64) (bvmul ?x13378 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10871 (bvlshr (bvsub ?x6505 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13386 (and (bvult ?x10871 ncpu) (bvult (bvsub ?x6505 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10871 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x8711 (bvlshr (bvsub ?x6505 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11230 (and (bvult ?x8711 ncpu) (bvult (bvsub ?x6505 (bvadd (_ bv18446612686364999680 64) (bvmul ?x8711 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12301 (or (bvult (bvsub ?x6505 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6505 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6505 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11230 $x13386 $x13406 $x13260)))
 (or (not $x12301) (not $x6546))))))))))))))))))))))
(check-sat)
