; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:218:3
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
 (let ((?x6629 (bvadd ?x3058 (_ bv18446744073709551544 64))))
 (let ((?x7277 (bvadd ?x6629 (_ bv7 64))))
 (let (($x7746 (bvult (bvsub ?x7277 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x6225 (bvlshr (bvsub ?x7277 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x1819 (and (bvult ?x6225 ncpu) (bvult (bvsub ?x7277 (bvadd (_ bv18446683600570023936 64) (bvmul ?x6225 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x5277 (bvlshr (bvsub ?x7277 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x6392 (and (bvult ?x5277 ncpu) (bvult (bvsub ?x7277 (bvadd (_ bv18446741874687344640 64) (bvmul ?x5277 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x7003 (bvlshr (bvsub ?x7277 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x4666 (and (bvult ?x7003 ncpu) (bvult (bvsub ?x7277 (bvadd (_ bv18446612686364999680 64) (bvmul ?x7003 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x4515 (or (bvult (bvsub ?x7277 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7277 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7277 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x4666 $x6392 $x1819 $x7746)))
 (let (($x3688 (bvult (bvsub ?x6629 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x7485 (bvlshr (bvsub ?x6629 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x5893 (and (bvult ?x7485 ncpu) (bvult (bvsub ?x6629 (bvadd (_ bv18446683600570023936 64) (bvmul ?x7485 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x4549 (bvlshr (bvsub ?x6629 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x1697 (and (bvult ?x4549 ncpu) (bvult (bvsub ?x6629 (bvadd (_ bv18446741874687344640 64) (bvmul ?x4549 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x3224 (bvlshr (bvsub ?x6629 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x3319 (and (bvult ?x3224 ncpu) (bvult (bvsub ?x6629 (bvadd (_ bv18446612686364999680 64) (bvmul ?x3224 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x7621 (or (bvult (bvsub ?x6629 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x6629 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x6629 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x3319 $x1697 $x5893 $x3688)))
 (or (not $x7621) (not $x4515))))))))))))))))))))))
(check-sat)
