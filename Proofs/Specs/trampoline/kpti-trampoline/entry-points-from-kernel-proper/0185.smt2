; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:222:3
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
 (let ((?x10437 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x14511 (bvadd ?x10437 (_ bv18446744073709551584 64))))
 (let ((?x15851 (bvadd ?x14511 (_ bv7 64))))
 (let (($x2199 (bvult (bvsub ?x15851 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x5831 (bvlshr (bvsub ?x15851 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x547 (and (bvult ?x5831 ncpu) (bvult (bvsub ?x15851 (bvadd (_ bv18446683600570023936 64) (bvmul ?x5831 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13072 (bvlshr (bvsub ?x15851 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4714 (and (bvult ?x13072 ncpu) (bvult (bvsub ?x15851 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13072 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x6902 (bvlshr (bvsub ?x15851 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14166 (and (bvult ?x6902 ncpu) (bvult (bvsub ?x15851 (bvadd (_ bv18446612686364999680 64) (bvmul ?x6902 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x18202 (or (bvult (bvsub ?x15851 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15851 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15851 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14166 $x4714 $x547 $x2199)))
 (let (($x14203 (bvult (bvsub ?x14511 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14682 (bvlshr (bvsub ?x14511 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9350 (and (bvult ?x14682 ncpu) (bvult (bvsub ?x14511 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14682 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14634 (bvlshr (bvsub ?x14511 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15968 (and (bvult ?x14634 ncpu) (bvult (bvsub ?x14511 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14634 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12116 (bvlshr (bvsub ?x14511 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10208 (and (bvult ?x12116 ncpu) (bvult (bvsub ?x14511 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12116 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x2249 (or (bvult (bvsub ?x14511 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14511 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14511 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x10208 $x15968 $x9350 $x14203)))
 (or (not $x2249) (not $x18202))))))))))))))))))))))
(check-sat)
