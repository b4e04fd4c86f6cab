; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:141:3
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
 (let ((?x14494 (bvand (bvsub (bvadd (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64))) (_ bv16384 64)) (_ bv24 64)) (_ bv18446744073709551600 64))))
 (let ((?x15445 (bvadd ?x14494 (_ bv18446744073709551584 64))))
 (let ((?x14696 (bvadd ?x15445 (_ bv7 64))))
 (let (($x10928 (bvult (bvsub ?x14696 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x14476 (bvlshr (bvsub ?x14696 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12526 (and (bvult ?x14476 ncpu) (bvult (bvsub ?x14696 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14476 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12046 (bvlshr (bvsub ?x14696 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x10307 (and (bvult ?x12046 ncpu) (bvult (bvsub ?x14696 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12046 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x5369 (bvlshr (bvsub ?x14696 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14449 (and (bvult ?x5369 ncpu) (bvult (bvsub ?x14696 (bvadd (_ bv18446612686364999680 64) (bvmul ?x5369 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x12797 (or (bvult (bvsub ?x14696 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x14696 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x14696 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14449 $x10307 $x12526 $x10928)))
 (let (($x10041 (bvult (bvsub ?x15445 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x9726 (bvlshr (bvsub ?x15445 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x13088 (and (bvult ?x9726 ncpu) (bvult (bvsub ?x15445 (bvadd (_ bv18446683600570023936 64) (bvmul ?x9726 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13171 (bvlshr (bvsub ?x15445 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14466 (and (bvult ?x13171 ncpu) (bvult (bvsub ?x15445 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13171 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12260 (bvlshr (bvsub ?x15445 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x2610 (and (bvult ?x12260 ncpu) (bvult (bvsub ?x15445 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12260 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19949 (or (bvult (bvsub ?x15445 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x15445 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x15445 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x2610 $x14466 $x13088 $x10041)))
 (or (not $x19949) (not $x12797))))))))))))))))))))))
(check-sat)
