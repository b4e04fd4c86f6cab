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
 (let ((?x7602 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv24576 64)) (_ bv18446744073709551600 64))))
 (let ((?x4631 (bvadd ?x7602 (_ bv18446744073709551584 64))))
 (let ((?x4011 (bvadd ?x4631 (_ bv7 64))))
 (let (($x4427 (bvult (bvsub ?x4011 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7740 (bvlshr (bvsub ?x4011 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x4009 (and (bvult ?x7740 ncpu) (bvult (bvsub ?x4011 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7740 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5627 (bvlshr (bvsub ?x4011 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7764 (and (bvult ?x5627 ncpu) (bvult (bvsub ?x4011 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5627 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x1840 (bvlshr (bvsub ?x4011 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4046 (and (bvult ?x1840 ncpu) (bvult (bvsub ?x4011 (bvadd (_ bv18446612686364999680 64) (bvmul ?x1840 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x29 (or (bvult (bvsub ?x4011 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4011 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4011 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4046 $x7764 $x4009 $x4427)))
 (let (($x7042 (bvult (bvsub ?x4631 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x3415 (bvlshr (bvsub ?x4631 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x6453 (and (bvult ?x3415 ncpu) (bvult (bvsub ?x4631 (bvadd (_ bv18446683600570023936 64) (bvmul ?x3415 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4860 (bvlshr (bvsub ?x4631 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3846 (and (bvult ?x4860 ncpu) (bvult (bvsub ?x4631 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4860 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4997 (bvlshr (bvsub ?x4631 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6291 (and (bvult ?x4997 ncpu) (bvult (bvsub ?x4631 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4997 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x168 (or (bvult (bvsub ?x4631 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4631 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4631 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6291 $x3846 $x6453 $x7042)))
 (or (not $x168) (not $x29))))))))))))))))))))))
(check-sat)
