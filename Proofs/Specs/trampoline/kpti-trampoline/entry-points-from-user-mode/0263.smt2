; isocheck proof obligation
; spec: Specs/trampoline/kpti-trampoline.isospec
; item: entry points from user mode
; property: (exploration)
; purpose: impossible for every parameter value: skipped on every path
; at: Specs/trampoline/kpti-trampoline.isospec:155:3
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
 (let ((?x11111 (bvadd (_ bv18446683600570023936 64) (bvmul c!6 (_ bv16384 64)))))
 (let ((?x13541 (bvadd ?x11111 (_ bv16368 64))))
 (let ((?x481 (bvadd ?x13541 (_ bv7 64))))
 (let (($x11774 (bvult (bvsub ?x481 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11054 (bvlshr (bvsub ?x481 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x11499 (and (bvult ?x11054 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11054 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x13795 (bvlshr (bvsub ?x481 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x11208 (and (bvult ?x13795 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446741874687344640 64) (bvmul ?x13795 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x12393 (bvlshr (bvsub ?x481 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8826 (and (bvult ?x12393 ncpu) (bvult (bvsub ?x481 (bvadd (_ bv18446612686364999680 64) (bvmul ?x12393 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x71252 (or (bvult (bvsub ?x481 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x481 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x481 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x8826 $x11208 $x11499 $x11774)))
 (let (($x14148 (bvult (bvsub ?x13541 (_ bv4194304 64)) (_ bv4096 64))))
 (let ((?x11571 (bvlshr (bvsub ?x13541 (bvadd (_ bv18446683600570023936 64) (bvmul (_ bv0 64) (_ bv16384 64)))) (_ bv14 64))))
 (let (($x14606 (and (bvult ?x11571 ncpu) (bvult (bvsub ?x13541 (bvadd (_ bv18446683600570023936 64) (bvmul ?x11571 (_ bv16384 64)))) (_ bv16384 64)))))
 (let ((?x8835 (bvlshr (bvsub ?x13541 (bvadd (_ bv18446741874687344640 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x8827 (and (bvult ?x8835 ncpu) (bvult (bvsub ?x13541 (bvadd (_ bv18446741874687344640 64) (bvmul ?x8835 (_ bv65536 64)))) (_ bv24576 64)))))
 (let ((?x853 (bvlshr (bvsub ?x13541 (bvadd (_ bv18446612686364999680 64) (bvmul (_ bv0 64) (_ bv65536 64)))) (_ bv16 64))))
 (let (($x607 (and (bvult ?x853 ncpu) (bvult (bvsub ?x13541 (bvadd (_ bv18446612686364999680 64) (bvmul ?x853 (_ bv65536 64)))) (_ bv65536 64)))))
 (let (($x62848 (or (bvult (bvsub ?x13541 (_ bv18446744071578845184 64)) (_ bv14680064 64)) (bvult (bvsub ?x13541 (_ bv18446744071593525248 64)) (_ bv4096 64)) (bvult (bvsub ?x13541 (_ bv18446741874686296064 64)) (_ bv4096 64)) $x607 $x8827 $x14606 $x14148)))
 (or (not $x62848) (not $x71252))))))))))))))))))))))
(check-sat)
