; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from kernel proper
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:213:3
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
 (let ((?x16383 (bvadd ?x14394 (_ bv18446744073709551544 64))))
 (let ((?x7296 (bvadd ?x16383 (_ bv7 64))))
 (let (($x11132 (bvult (bvsub ?x7296 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x17541 (bvlshr (bvsub ?x7296 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x18896 (and (bvult ?x17541 ncpu) (bvult (bvsub ?x7296 (bvadd (_ bv18446683600570023936 64) (bvmul ?x17541 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x18266 (bvlshr (bvsub ?x7296 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x16841 (and (bvult ?x18266 ncpu) (bvult (bvsub ?x7296 (bvadd (_ bv18446741874687344640 64) (bvmul ?x18266 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x15742 (bvlshr (bvsub ?x7296 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x14280 (and (bvult ?x15742 ncpu) (bvult (bvsub ?x7296 (bvadd (_ bv18446612686364999680 64) (bvmul ?x15742 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x10771 (or (bvult (bvsub ?x7296 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x7296 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x7296 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x14280 $x16841 $x18896 $x11132)))
 (let (($x18010 (bvult (bvsub ?x16383 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x12478 (bvlshr (bvsub ?x16383 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x12246 (and (bvult ?x12478 ncpu) (bvult (bvsub ?x16383 (bvadd (_ bv18446683600570023936 64) (bvmul ?x12478 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x15766 (bvlshr (bvsub ?x16383 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x13537 (and (bvult ?x15766 ncpu) (bvult (bvsub ?x16383 (bvadd (_ bv18446741874687344640 64) (bvmul ?x15766 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x13705 (bvlshr (bvsub ?x16383 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x17336 (and (bvult ?x13705 ncpu) (bvult (bvsub ?x16383 (bvadd (_ bv18446612686364999680 64) (bvmul ?x13705 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x15057 (or (bvult (bvsub ?x16383 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x16383 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x16383 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x17336 $x13537 $x12246 $x18010)))
 (or (not $x15057) (not $x10771))))))))))))))))))))))
(check-sat)
