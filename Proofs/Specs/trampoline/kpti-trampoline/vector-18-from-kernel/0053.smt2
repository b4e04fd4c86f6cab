; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: vector 18 from kernel
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
 (let ((?x2989 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x4891 (bvadd ?x2989 (_ bv18446744073709551584 64))))
 (let ((?x7304 (bvadd ?x4891 (_ bv7 64))))
 (let (($x7772 (bvult (bvsub ?x7304 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6771 (bvlshr (bvsub ?x7304 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x3625 (and (bvult ?x6771 ncpu) (bvult (bvsub ?x7304 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6771 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x6705 (bvlshr (bvsub ?x7304 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7167 (and (bvult ?x6705 ncpu) (bvult (bvsub ?x7304 (bvadd (_ bv18446741874687344640 64) (bvmul ?x6705 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6740 (bvlshr (bvsub ?x7304 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6602 (and (bvult ?x6740 ncpu) (bvult (bvsub ?x7304 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6740 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5283 (or (bvult (bvsub ?x7304 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7304 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7304 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x6602 $x7167 $x3625 $x7772)))
 (let (($x4105 (bvult (bvsub ?x4891 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x4729 (bvlshr (bvsub ?x4891 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2764 (and (bvult ?x4729 ncpu) (bvult (bvsub ?x4891 (bvadd (_ bv18446683600570023936 64) (bvmul ?x4729 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4261 (bvlshr (bvsub ?x4891 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4771 (and (bvult ?x4261 ncpu) (bvult (bvsub ?x4891 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4261 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x4410 (bvlshr (bvsub ?x4891 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7912 (and (bvult ?x4410 ncpu) (bvult (bvsub ?x4891 (bvadd (_ bv18446612686364999680 64) (bvmul ?x4410 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x5402 (or (bvult (bvsub ?x4891 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x4891 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x4891 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7912 $x4771 $x2764 $x4105)))
 (or (not $x5402) (not $x5283))))))))))))))))))))))
(check-sat)
