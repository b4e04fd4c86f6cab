; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:227:3
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
 (let ((?x360 (bvmul c!6 (_ bv65536 64))))
 (let ((?x321 (bvadd (_ bv18446612686364999680 64) ?x360)))
 (let ((?x17120 (bvadd ?x321 (_ bv52 64))))
 (let ((?x17156 (bvadd ?x17120 (_ bv7 64))))
 (let ((?x15444 (bvlshr (bvsub ?x17156 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x2576 (and (bvult ?x15444 ncpu) (bvult (bvsub ?x17156 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15444 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x12884 (bvlshr (bvsub ?x17156 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12934 (and (bvult ?x12884 ncpu) (bvult (bvsub ?x17156 (bvadd (_ bv18446741874687344640 64) (bvmul ?x12884 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12196 (bvlshr (bvsub ?x17156 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15547 (and (bvult ?x12196 ncpu) (bvult (bvsub ?x17156 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12196 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x16559 (or (bvult (bvsub ?x17156 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17156 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17156 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x15547 $x12934 $x2576 (bvult (bvsub ?x17156 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x14509 (bvlshr (bvsub ?x17120 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x9797 (and (bvult ?x14509 ncpu) (bvult (bvsub ?x17120 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14509 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x10887 (bvlshr (bvsub ?x17120 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14179 (and (bvult ?x10887 ncpu) (bvult (bvsub ?x17120 (bvadd (_ bv18446741874687344640 64) (bvmul ?x10887 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x14434 (bvlshr (bvsub ?x17120 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3791 (and (bvult ?x14434 ncpu) (bvult (bvsub ?x17120 (bvadd (_ bv18446612686364999680 64) (bvmul ?x14434 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x8398 (or (bvult (bvsub ?x17120 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x17120 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x17120 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3791 $x14179 $x9797 (bvult (bvsub ?x17120 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x8398) (not $x16559)))))))))))))))))))))
(check-sat)
