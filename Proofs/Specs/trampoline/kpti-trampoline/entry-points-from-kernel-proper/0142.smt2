; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:232:3
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
 (let ((?x51 (bvmul c!6 (_ bv65536 64))))
 (let ((?x149 (bvadd (_ bv18446612686364999680 64) ?x51)))
 (let ((?x1457 (bvadd ?x149 (_ bv52 64))))
 (let ((?x7243 (bvadd ?x1457 (_ bv7 64))))
 (let ((?x15292 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11633 (and (bvult ?x15292 ncpu) (bvult (bvsub ?x7243 (bvadd (_ bv18446683600570023936 64) (bvmul ?x15292 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x11414 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11322 (and (bvult ?x11414 ncpu) (bvult (bvsub ?x7243 (bvadd (_ bv18446741874687344640 64) (bvmul ?x11414 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12362 (bvlshr (bvsub ?x7243 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x7099 (and (bvult ?x12362 ncpu) (bvult (bvsub ?x7243 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12362 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x1030 (or (bvult (bvsub ?x7243 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7243 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7243 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x7099 $x11322 $x11633 (bvult (bvsub ?x7243 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x16437 (not $x1030)))
 (let ((?x16218 (bvlshr (bvsub ?x1457 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x15900 (and (bvult ?x16218 ncpu) (bvult (bvsub ?x1457 (bvadd (_ bv18446683600570023936 64) (bvmul ?x16218 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15728 (bvlshr (bvsub ?x1457 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x15062 (and (bvult ?x15728 ncpu) (bvult (bvsub ?x1457 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15728 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x9089 (bvlshr (bvsub ?x1457 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13167 (and (bvult ?x9089 ncpu) (bvult (bvsub ?x1457 (bvadd (_ bv18446612686364999680 64) (bvmul ?x9089 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x3890 (or (bvult (bvsub ?x1457 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x1457 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x1457 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x13167 $x15062 $x15900 (bvult (bvsub ?x1457 (_ bv4194304 64)) (_ bv4096 64)))))
 (let (($x14078 (not $x3890)))
 (or $x14078 $x16437))))))))))))))))))))))
(check-sat)
