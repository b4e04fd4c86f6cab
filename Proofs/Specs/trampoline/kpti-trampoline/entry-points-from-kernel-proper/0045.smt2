; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:214:3
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
 (let ((?x3058 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x7311 (bvadd ?x3058 (_ bv18446744073709551512 64))))
 (let ((?x6396 (bvadd ?x7311 (_ bv7 64))))
 (let (($x6718 (bvult (bvsub ?x6396 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5857 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x7260 (and (bvult ?x5857 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5857 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x7262 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3212 (and (bvult ?x7262 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446741874687344640 64) (bvmul ?x7262 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1952 (bvlshr (bvsub ?x6396 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8101 (and (bvult ?x1952 ncpu) (bvult (bvsub ?x6396 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1952 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1946 (or (bvult (bvsub ?x6396 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6396 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6396 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8101 $x3212 $x7260 $x6718)))
 (let (($x4602 (bvult (bvsub ?x7311 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3676 (bvlshr (bvsub ?x7311 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5142 (and (bvult ?x3676 ncpu) (bvult (bvsub ?x7311 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3676 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x3339 (bvlshr (bvsub ?x7311 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7546 (and (bvult ?x3339 ncpu) (bvult (bvsub ?x7311 (bvadd (_ bv18446741874687344640 64) (bvmul ?x3339 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6336 (bvlshr (bvsub ?x7311 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x5112 (and (bvult ?x6336 ncpu) (bvult (bvsub ?x7311 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6336 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x9389 (or (bvult (bvsub ?x7311 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7311 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7311 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x5112 $x7546 $x5142 $x4602)))
 (or (not $x9389) (not $x1946))))))))))))))))))))))
(check-sat)
