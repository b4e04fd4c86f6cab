; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:209:3
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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7043 (bvadd ?x7602 (_ bv18446744073709551512 64))))
 (let ((?x7161 (bvadd ?x7043 (_ bv7 64))))
 (let (($x6503 (bvult (bvsub ?x7161 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x421 (bvlshr (bvsub ?x7161 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7547 (and (bvult ?x421 ncpu) (bvult (bvsub ?x7161 (bvadd (_ bv18446683600570023936 64) (bvmul ?x421 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5150 (bvlshr (bvsub ?x7161 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3873 (and (bvult ?x5150 ncpu) (bvult (bvsub ?x7161 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5150 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3276 (bvlshr (bvsub ?x7161 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5701 (and (bvult ?x3276 ncpu) (bvult (bvsub ?x7161 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3276 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3891 (or (bvult (bvsub ?x7161 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7161 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7161 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5701 $x3873 $x7547 $x6503)))
 (let (($x5875 (bvult (bvsub ?x7043 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9422 (bvlshr (bvsub ?x7043 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4814 (and (bvult ?x9422 ncpu) (bvult (bvsub ?x7043 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9422 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7511 (bvlshr (bvsub ?x7043 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x9400 (and (bvult ?x7511 ncpu) (bvult (bvsub ?x7043 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7511 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4190 (bvlshr (bvsub ?x7043 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8579 (and (bvult ?x4190 ncpu) (bvult (bvsub ?x7043 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4190 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2450 (or (bvult (bvsub ?x7043 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7043 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7043 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8579 $x9400 $x4814 $x5875)))
 (or (not $x2450) (not $x3891))))))))))))))))))))))
(check-sat)
