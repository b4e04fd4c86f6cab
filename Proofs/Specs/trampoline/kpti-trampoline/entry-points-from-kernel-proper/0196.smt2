; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:235:3
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
 (let ((?x10485 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x19310 (bvadd ?x10485 (_ bv16368 64))))
 (let ((?x19448 (bvadd ?x19310 (_ bv7 64))))
 (let ((?x21246 (bvlshr (bvsub ?x19448 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x21421 (and (bvult ?x21246 ncpu) (bvult (bvsub ?x19448 (bvadd (_ bv18446683600570023936 64) (bvmul ?x21246 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15928 (bvlshr (bvsub ?x19448 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x19534 (and (bvult ?x15928 ncpu) (bvult (bvsub ?x19448 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15928 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x20780 (bvlshr (bvsub ?x19448 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14318 (and (bvult ?x20780 ncpu) (bvult (bvsub ?x19448 (bvadd (_ bv18446612686364999680 64) (bvmul ?x20780 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x19122 (or (bvult (bvsub ?x19448 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19448 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19448 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14318 $x19534 $x21421 (bvult (bvsub ?x19448 (_ bv4194304 64)) (_ bv4096 64)))))
 (let ((?x14944 (bvlshr (bvsub ?x19310 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x20727 (and (bvult ?x14944 ncpu) (bvult (bvsub ?x19310 (bvadd (_ bv18446683600570023936 64) (bvmul ?x14944 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x14857 (bvlshr (bvsub ?x19310 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x12745 (and (bvult ?x14857 ncpu) (bvult (bvsub ?x19310 (bvadd (_ bv18446741874687344640 64) (bvmul ?x14857 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x10122 (bvlshr (bvsub ?x19310 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16938 (and (bvult ?x10122 ncpu) (bvult (bvsub ?x19310 (bvadd (_ bv18446612686364999680 64) (bvmul ?x10122 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x20733 (or (bvult (bvsub ?x19310 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x19310 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x19310 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x16938 $x12745 $x20727 (bvult (bvsub ?x19310 (_ bv4194304 64)) (_ bv4096 64)))))
 (or (not $x20733) (not $x19122))))))))))))))))))))
(check-sat)
