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
 (let ((?x14394 (bvand (bvadd (bvadd (_ bv18446741874687344640 64) (bvmul c!6 (_ bv65536 64))) (_ bv20480 64)) (_ bv18446744073709551600 64))))
 (let ((?x16993 (bvadd ?x14394 (_ bv18446744073709551584 64))))
 (let ((?x13379 (bvadd ?x16993 (_ bv7 64))))
 (let (($x16921 (bvult (bvsub ?x13379 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17931 (bvlshr (bvsub ?x13379 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18012 (and (bvult ?x17931 ncpu) (bvult (bvsub ?x13379 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17931 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14164 (bvlshr (bvsub ?x13379 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4213 (and (bvult ?x14164 ncpu) (bvult (bvsub ?x13379 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14164 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13935 (bvlshr (bvsub ?x13379 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11054 (and (bvult ?x13935 ncpu) (bvult (bvsub ?x13379 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13935 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19860 (or (bvult (bvsub ?x13379 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13379 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13379 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x11054 $x4213 $x18012 $x16921)))
 (let (($x10902 (bvult (bvsub ?x16993 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x2272 (bvlshr (bvsub ?x16993 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11493 (and (bvult ?x2272 ncpu) (bvult (bvsub ?x16993 (bvadd (_ bv18446683600570023936 64) (bvmul ?x2272 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10028 (bvlshr (bvsub ?x16993 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17014 (and (bvult ?x10028 ncpu) (bvult (bvsub ?x16993 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10028 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9850 (bvlshr (bvsub ?x16993 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13472 (and (bvult ?x9850 ncpu) (bvult (bvsub ?x16993 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9850 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10319 (or (bvult (bvsub ?x16993 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16993 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16993 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13472 $x17014 $x11493 $x10902)))
 (or (not $x10319) (not $x19860))))))))))))))))))))))
(check-sat)
